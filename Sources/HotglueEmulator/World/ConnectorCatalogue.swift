/// The connectors every emulated environment offers (availableConnectors), in listing order.
enum ConnectorCatalogue {
    static func definition(_ id: String) -> ConnectorDefinition? {
        all.first { $0.id == id }
    }

    /// Always supported on the flow: the first tenant links these three.
    static let alwaysSupported = ["salesforce", "hubspot", "quickbooks"]

    static let all: [ConnectorDefinition] = [
        ConnectorDefinition(
            id: "salesforce", label: "Salesforce", type: .oauth, domain: "salesforce.com", tags: ["crm"],
            isSource: true, isTarget: true, configStyle: .oauth(instanceField: "instance_url"),
            streams: [
                StreamDefinition("Account", replicationKey: "SystemModstamp", key: "Id",
                                 fields: [("Name", .string), ("Industry", .string), ("AnnualRevenue", .number)]),
                StreamDefinition("Contact", replicationKey: "SystemModstamp", key: "Id",
                                 fields: [("FirstName", .string), ("LastName", .string), ("Email", .string)]),
                StreamDefinition("Opportunity", replicationKey: "SystemModstamp", key: "Id",
                                 fields: [("Name", .string), ("Amount", .number), ("IsWon", .boolean)]),
                StreamDefinition("Invoice__c", replicationKey: "Sequence__c", key: "Id",
                                 fields: [("Sequence__c", .integer), ("Total__c", .number)]),
                StreamDefinition("ExchangeRate__c", replicationKey: "Version__c", key: "Id",
                                 fields: [("Version__c", .number), ("Rate__c", .number)]),
            ]),
        ConnectorDefinition(
            id: "hubspot", label: "HubSpot", type: .oauth, domain: "hubspot.com", tags: ["crm", "marketing"],
            isSource: true, isTarget: true, configStyle: .oauth(instanceField: nil),
            streams: [
                StreamDefinition("companies", replicationKey: "updatedAt", fields: [("name", .string), ("domain", .string)]),
                StreamDefinition("contacts", replicationKey: "updatedAt", fields: [("email", .string), ("firstname", .string)]),
                StreamDefinition("deals", replicationKey: "updatedAt", fields: [("dealname", .string), ("amount", .number)]),
                StreamDefinition("owners", replicationKey: nil, fields: [("email", .string)]),
            ]),
        ConnectorDefinition(
            id: "quickbooks", label: "QuickBooks Online", type: .oauth, domain: "quickbooks.intuit.com",
            tags: ["accounting"], isSource: true, isTarget: true, configStyle: .oauth(instanceField: "realmId"),
            streams: [
                StreamDefinition("Vendors", replicationKey: "MetaData.LastUpdatedTime", key: "Id",
                                 fields: [("DisplayName", .string), ("Balance", .number)]),
                StreamDefinition("Invoices", replicationKey: "MetaData.LastUpdatedTime", key: "Id",
                                 fields: [("DocNumber", .string), ("TotalAmt", .number)]),
                StreamDefinition("Accounts", replicationKey: nil, key: "Id",
                                 fields: [("Name", .string), ("AccountType", .string)]),
            ]),
        ConnectorDefinition(
            id: "netsuite", label: "NetSuite", type: .api, domain: "netsuite.com", tags: ["accounting", "erp"],
            isSource: true, isTarget: true, configStyle: .apiKey,
            streams: [
                StreamDefinition("customers", replicationKey: "lastModifiedDate", fields: [("companyName", .string)]),
                StreamDefinition("transactions", replicationKey: "lastModifiedDate", fields: [("total", .number)]),
                StreamDefinition("items", replicationKey: "lastModifiedDate", fields: [("itemId", .string)]),
            ]),
        ConnectorDefinition(
            id: "shopify", label: "Shopify", type: .oauth, domain: "shopify.com", tags: ["ecommerce"],
            isSource: true, isTarget: false, configStyle: .oauth(instanceField: "shop"),
            streams: [
                StreamDefinition("orders", fields: [("total_price", .string), ("financial_status", .string)]),
                StreamDefinition("products", fields: [("title", .string), ("vendor", .string)]),
                StreamDefinition("customers", fields: [("email", .string), ("orders_count", .integer)]),
            ]),
        ConnectorDefinition(
            id: "stripe", label: "Stripe", type: .api, domain: "stripe.com", tags: ["payments"],
            isSource: true, isTarget: false, configStyle: .apiKey,
            streams: [
                StreamDefinition("charges", replicationKey: "created", fields: [("amount", .integer), ("currency", .string)]),
                StreamDefinition("customers", replicationKey: "created", fields: [("email", .string)]),
                StreamDefinition("invoices", replicationKey: "created", fields: [("amount_due", .integer)]),
            ]),
        ConnectorDefinition(
            id: "zendesk", label: "Zendesk", type: .oauth, domain: "zendesk.com", tags: ["support"],
            isSource: true, isTarget: false, configStyle: .oauth(instanceField: "subdomain"),
            streams: [
                StreamDefinition("tickets", fields: [("subject", .string), ("status", .string)]),
                StreamDefinition("users", fields: [("name", .string), ("email", .string)]),
            ]),
        ConnectorDefinition(
            id: "intercom", label: "Intercom", type: .oauth, domain: "intercom.com", tags: ["support", "messaging"],
            isSource: true, isTarget: false, configStyle: .oauth(instanceField: nil),
            streams: [
                StreamDefinition("conversations", fields: [("state", .string), ("priority", .string)]),
                StreamDefinition("contacts", fields: [("email", .string), ("role", .string)]),
            ]),
        ConnectorDefinition(
            id: "xero", label: "Xero", type: .oauth, domain: "xero.com", tags: ["accounting"],
            isSource: true, isTarget: true, configStyle: .oauth(instanceField: "tenant_id"),
            streams: [
                StreamDefinition("Invoices", replicationKey: "UpdatedDateUTC", key: "InvoiceID", fields: [("Total", .number)]),
                StreamDefinition("Contacts", replicationKey: "UpdatedDateUTC", key: "ContactID", fields: [("Name", .string)]),
            ]),
        ConnectorDefinition(
            id: "pipedrive", label: "Pipedrive", type: .api, domain: "pipedrive.com", tags: ["crm"],
            isSource: true, isTarget: true, configStyle: .apiKey,
            streams: [
                StreamDefinition("deals", replicationKey: "update_time", fields: [("title", .string), ("value", .number)]),
                StreamDefinition("persons", replicationKey: "update_time", fields: [("name", .string)]),
            ]),
        ConnectorDefinition(
            id: "google-sheets", label: "Google Sheets", type: .oauth, domain: "sheets.google.com",
            tags: ["spreadsheet"], isSource: true, isTarget: true, configStyle: .oauth(instanceField: "spreadsheet_id"),
            streams: [
                StreamDefinition("Sheet1", replicationKey: nil, key: "row", fields: [("A", .string), ("B", .string)]),
            ]),
        ConnectorDefinition(
            id: "postgres", label: "PostgreSQL", type: .api, domain: "postgresql.org", tags: ["database"],
            isSource: true, isTarget: true, configStyle: .database,
            streams: [
                StreamDefinition("public-orders", replicationKey: "updated_at", fields: [("total", .number)]),
                StreamDefinition("public-customers", replicationKey: "updated_at", fields: [("email", .string)]),
            ]),
        ConnectorDefinition(
            id: "mailchimp", label: "Mailchimp", type: .oauth, domain: "mailchimp.com", tags: ["marketing"],
            isSource: true, isTarget: false, configStyle: .oauth(instanceField: "dc"),
            streams: [
                StreamDefinition("lists", replicationKey: nil, fields: [("name", .string)]),
                StreamDefinition("campaigns", replicationKey: "create_time", fields: [("status", .string)]),
            ]),
        ConnectorDefinition(
            id: "jira", label: "Jira", type: .oauth, domain: "atlassian.com", tags: ["project-management"],
            isSource: true, isTarget: false, configStyle: .oauth(instanceField: "cloud_id"),
            streams: [
                StreamDefinition("issues", replicationKey: "updated", fields: [("summary", .string), ("status", .string)]),
                StreamDefinition("projects", replicationKey: nil, fields: [("name", .string)]),
            ]),
    ]
}
