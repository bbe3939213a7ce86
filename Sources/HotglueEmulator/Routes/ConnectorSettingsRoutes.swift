import Hummingbird

/// GET `/v2/{env}/availableConnectors` and `/v2/{env}/{flow}/supportedConnectors`.
struct ConnectorSettingsRoutes {
    let routes: EmulatorRoutes

    func register(on router: RouteRegistrar) {
        router.get("/v2/:env/availableConnectors") { _, context in
            _ = try routes.env(context)
            return EmulatorRoutes.json(ConnectorCatalogue.all.map(\.settingsJSON))
        }
        router.get("/v2/:env/:flow/supportedConnectors") { _, context in
            _ = try routes.env(context)
            try routes.flow(context)
            return EmulatorRoutes.json(await routes.world.supportedConnectorsJSON())
        }
    }
}
