"""Scenarios that drive `gluetop mcp` with the Python `mcp` client (PyPI, 2.x) against gluetop's emulator.

    python scenarios.py SCENARIO

One scenario a run; Tests/GlueMCPTests starts the emulator, writes the config and calls this once per Swift
test. The exit status is 0 when every check held; a failed check prints what was expected and what came, and
exits 1. Everything comes from the environment:

    GLUETOP_BINARY      the gluetop binary
    MCP_TRANSPORT       stdio or http (the script starts `gluetop mcp` itself, and stops it by its pid)
    MCP_PROFILE         the config profile to serve
    EMULATOR_BASE_URL, EMULATOR_API_KEY, EMULATOR_ENV, EMULATOR_FLOW   to read the world back over REST
    MCP_SECRETS         JSON list of secret values that no result may contain
    MCP_JOURNAL         the journal file gluetop writes
    HOME, XDG_CONFIG_HOME, XDG_STATE_HOME, HOTGLUE_API_KEY   passed on to gluetop
"""

import asyncio
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import asynccontextmanager

import httpx2 as httpx
from mcp import ClientSession, MCPError, StdioServerParameters, stdio_client, types
from mcp.client.streamable_http import streamable_http_client

ENV = os.environ
CLIENT_NAME = "gluetop-scenarios"

# The tools and their hints (readOnly, destructive, idempotent), exactly as issue #12 and the capability give them.
EXPECTED_HINTS = {
    "getlinkedconnectors": (True, False, True),
    "linkconnector": (False, False, False),
    "updatelinkedconnector": (False, False, False),
    "unlinkconnector": (False, True, True),
    "triggerdiscover": (True, False, True),
    "polldiscover": (True, False, True),
    "getconnectorstate": (True, False, True),
    "setconnectorstate": (False, False, True),
    "deleteconnectorstate": (False, True, True),
    "runjob": (False, False, False),
    "listavailableconnectors": (True, False, True),
    "listsupportedconnectors": (True, False, True),
    "listtenants": (True, False, True),
    "listjobs": (True, False, True),
    "getjobstatus": (True, False, True),
    "getjoblog": (True, False, True),
}
CHANGING = {"linkconnector", "updatelinkedconnector", "unlinkconnector", "triggerdiscover", "setconnectorstate",
            "deleteconnectorstate", "runjob"}


class CheckFailed(Exception):
    pass


def check(condition, what, got=None):
    if not condition:
        raise CheckFailed(what + ("" if got is None else f"; got: {got!r}"[:2000]))


# --- the world, read back over the emulator's REST API ---------------------------------------------------------

def rest(method, path, body=None):
    url = ENV["EMULATOR_BASE_URL"] + path
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"x-api-key": ENV["EMULATOR_API_KEY"], "content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            text = answer.read().decode()
            return answer.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def v2(tenant, rest_of_path=""):
    return f"/v2/{ENV['EMULATOR_ENV']}/{ENV['EMULATOR_FLOW']}/{tenant}/linkedConnectors{rest_of_path}"


def world_linked(tenant):
    status, body = rest("GET", v2(tenant) + "?config=true")
    check(status == 200, f"GET linkedConnectors of {tenant} answered 200", body)
    return {connector["id"]: connector for connector in body}


def world_state(tenant, connector):
    status, body = rest("GET", v2(tenant, "/state") + f"?connector_id={connector}")
    return body if status == 200 else None


def world_jobs(tenant):
    status, body = rest("GET", f"/{ENV['EMULATOR_ENV']}/{ENV['EMULATOR_FLOW']}/{tenant}/jobs?count=50")
    check(status == 200, "GET jobs answered 200", body)
    return body


# --- the MCP session ----------------------------------------------------------------------------------------------

def gluetop_args(profile=None):
    return ["mcp", "--profile", profile or ENV["MCP_PROFILE"], "--watch-seconds", "0.2"]


def child_env():
    keep = ["HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "HOTGLUE_API_KEY", "PATH"]
    return {name: ENV[name] for name in keep if name in ENV}


class Recorder:
    """Every result text and structured content seen, for the secrets check; resource updates as they come."""

    def __init__(self):
        self.seen = []
        self.updates = []
        self.update_event = asyncio.Event()

    async def handle(self, message):
        if isinstance(message, types.ResourceUpdatedNotification):
            self.updates.append(str(message.params.uri))
            self.update_event.set()

    def record(self, value):
        self.seen.append(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


@asynccontextmanager
async def http_server(profile=None):
    """`gluetop mcp --http 127.0.0.1:0`, started here and stopped by its pid; yields its URL."""
    process = subprocess.Popen([ENV["GLUETOP_BINARY"]] + gluetop_args(profile) + ["--http", "127.0.0.1:0"],
                               env=child_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = await asyncio.to_thread(process.stderr.readline)
        match = re.search(r"(http://\S+/mcp)", line)
        check(match is not None, "gluetop mcp --http says its URL on stderr", line)
        yield match.group(1)
    finally:
        process.terminate()
        await asyncio.to_thread(process.wait)
        process.stderr.close()


@asynccontextmanager
async def session(recorder, profile=None, transport=None):
    transport = transport or ENV["MCP_TRANSPORT"]
    info = types.Implementation(name=CLIENT_NAME, version="1.0")
    if transport == "stdio":
        parameters = StdioServerParameters(command=ENV["GLUETOP_BINARY"], args=gluetop_args(profile), env=child_env())
        async with stdio_client(parameters) as (read, write):
            async with ClientSession(read, write, message_handler=recorder.handle, client_info=info) as client:
                await client.initialize()
                yield client
    else:
        async with http_server(profile) as url:
            async with streamable_http_client(url) as (read, write):
                async with ClientSession(read, write, message_handler=recorder.handle, client_info=info) as client:
                    await client.initialize()
                    yield client


async def call(client, recorder, name, **arguments):
    result = await client.call_tool(name, arguments)
    for block in result.content:
        recorder.record(getattr(block, "text", ""))
    recorder.record(result.structured_content)
    check(len(result.content) >= 1 and result.content[0].type == "text", f"{name} gives a text content")
    return result


async def ok(client, recorder, name, **arguments):
    result = await call(client, recorder, name, **arguments)
    check(not result.is_error, f"{name}({arguments}) succeeds", result.structured_content or result.content)
    check(isinstance(result.structured_content, dict), f"{name} gives structured content")
    return result.structured_content


async def failure(client, recorder, name, category, **arguments):
    result = await call(client, recorder, name, **arguments)
    check(result.is_error, f"{name}({arguments}) is an isError result", result.structured_content)
    error = result.structured_content
    check(isinstance(error, dict) and error.get("error") == category,
          f"{name} fails with category {category}", error)
    for key in ["message", "what_to_do", "retryable"]:
        check(key in error, f"the failure of {name} says {key}", error)
    return error


def no_secret_in(recorder):
    secrets = [secret for secret in json.loads(ENV["MCP_SECRETS"]) if len(secret) >= 6]
    check(len(secrets) > 0, "the test planted secrets to look for")
    for text in recorder.seen:
        for secret in secrets:
            check(secret not in text, "no secret value appears in any result", text[:300])


def journal_records():
    path = ENV["MCP_JOURNAL"]
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


async def pick_connector(client, recorder, with_state=True):
    """A tenant and a connector linked to it that runs no job now; with `with_state`, one whose state holds no
    secret (a state read through gluetop with a masked secret cannot be written back, by design)."""
    tenants = (await ok(client, recorder, "listtenants"))["tenants"]
    for tenant in tenants:
        running = {job.get("connector_id") for job in world_jobs(tenant)
                   if not (job.get("status") == "JOB_COMPLETED" or str(job.get("status", "")).endswith("_FAILED"))}
        for connector in world_linked(tenant):
            if connector in running:
                continue
            if with_state:
                if world_state(tenant, connector) is None:
                    continue
                read = await ok(client, recorder, "getconnectorstate", tenant=tenant, connector_id=connector)
                if "••••••" in read["state_json"]:
                    continue
            return tenant, connector
    raise CheckFailed("the emulator has no connector to work on")


# --- the scenarios ------------------------------------------------------------------------------------------------

async def tools_listed():
    """Names, schemas and hints exactly as the capability gives them."""
    recorder = Recorder()
    async with session(recorder) as client:
        listing = await client.list_tools()
        names = [tool.name for tool in listing.tools]
        check(sorted(names) == sorted(EXPECTED_HINTS), "the tools are exactly the expected sixteen", names)
        check("pulse" not in names, "no pulse tool (issue #13)")
        for tool in listing.tools:
            hints = tool.annotations
            got = (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint)
            check(got == EXPECTED_HINTS[tool.name], f"{tool.name}'s hints are {EXPECTED_HINTS[tool.name]}", got)
            check(tool.input_schema.get("type") == "object", f"{tool.name}'s input schema is an object")
            check(tool.output_schema and tool.output_schema.get("type") == "object",
                  f"{tool.name} has an object outputSchema", tool.output_schema)
            check(tool.description, f"{tool.name} has a description")
            properties = tool.input_schema.get("properties", {})
            if tool.name in CHANGING:
                check("confirm" in properties, f"{tool.name} takes confirm", properties)
            if tool.name not in {"listtenants", "listavailableconnectors", "listsupportedconnectors"}:
                check("tenant" in tool.input_schema.get("required", []), f"{tool.name} requires tenant")
        for name in ["unlinkconnector", "deleteconnectorstate"]:
            required = next(t for t in listing.tools if t.name == name).input_schema["required"]
            check("confirm" in required, f"{name} requires confirm on every profile", required)
        state_tool = next(t for t in listing.tools if t.name == "setconnectorstate")
        check("expected_state" in state_tool.input_schema["properties"], "setconnectorstate takes expected_state")


async def every_tool():
    """Every tool called once (twice where its refusal matters), and the world read back from the emulator."""
    recorder = Recorder()
    async with session(recorder) as client:
        tenants = (await ok(client, recorder, "listtenants"))["tenants"]
        status, world_tenants = rest("GET", f"/tenants/{ENV['EMULATOR_ENV']}")
        check(tenants == world_tenants, "listtenants gives the emulator's tenants", tenants)

        available = (await ok(client, recorder, "listavailableconnectors"))["connectors"]
        _, world_available = rest("GET", f"/v2/{ENV['EMULATOR_ENV']}/availableConnectors")
        check([c["id"] for c in available] == [c["id"] for c in world_available], "available connectors match")
        supported = (await ok(client, recorder, "listsupportedconnectors"))["connectors"]
        check(len(supported) > 0, "some connectors are supported on the flow")

        tenant, connector = await pick_connector(client, recorder)
        linked = await ok(client, recorder, "getlinkedconnectors", tenant=tenant, include_config=True)
        check(sorted(c["id"] for c in linked["connectors"]) == sorted(world_linked(tenant)),
              "getlinkedconnectors gives the emulator's connectors")

        # State: read, replace with a big number (exact through state as JSON text), delete.
        read = await ok(client, recorder, "getconnectorstate", tenant=tenant, connector_id=connector)
        check(json.loads(read["state_json"]) == world_state(tenant, connector), "getconnectorstate gives the state")
        new_state = '{"bookmarks": {"orders": {"replication_key_value": 12345678901234567890, "ratio": 1.10}}}'
        written = await ok(client, recorder, "setconnectorstate", tenant=tenant, connector_id=connector,
                           state=new_state, expected_state=read["state_json"])
        check("12345678901234567890" in written["after_json"] and '"ratio":1.10' in written["after_json"],
              "the state read back keeps the number text", written["after_json"])
        state_text = urllib.request.urlopen(urllib.request.Request(
            ENV["EMULATOR_BASE_URL"] + v2(tenant, "/state") + f"?connector_id={connector}",
            headers={"x-api-key": ENV["EMULATOR_API_KEY"]}), timeout=30).read().decode()
        check("12345678901234567890" in state_text and "1.10" in state_text,
              "the emulator holds the new state, numbers exact", state_text)
        deleted = await ok(client, recorder, "deleteconnectorstate", tenant=tenant, connector_id=connector,
                           confirm=f"{tenant}/{connector}")
        check(deleted["deleted"] is True, "deleteconnectorstate deleted a state", deleted)
        check(world_state(tenant, connector) is None, "the emulator holds no state any more")

        # Link a connector the tenant does not have, with a secret; update it; discover; unlink it.
        new_id = next(c["id"] for c in supported if c["id"] not in world_linked(tenant))
        secret = "planted-link-secret-9f8e7d"
        await ok(client, recorder, "linkconnector", tenant=tenant, connector_id=new_id,
                 config={"client_id": "app-1", "client_secret": secret},
                 schedule={"schedule_expression": "rate(1 day)", "state": "ENABLED"})
        check(world_linked(tenant)[new_id]["config"]["client_secret"] == secret, "the emulator linked it with its config")
        listed = await ok(client, recorder, "getlinkedconnectors", tenant=tenant, include_config=True)
        shown = next(c for c in listed["connectors"] if c["id"] == new_id)
        check(shown["config"]["client_secret"] == "••••••", "the linked secret is masked", shown)
        updated = await ok(client, recorder, "updatelinkedconnector", tenant=tenant, connector_id=new_id,
                           config={"region": "eu"})
        check(updated["config_fields"] == ["region"], "update names the keys sent", updated)
        config = world_linked(tenant)[new_id]["config"]
        check(config.get("region") == "eu" and config.get("client_id") == "app-1", "the config was merged", config)
        started = await ok(client, recorder, "triggerdiscover", tenant=tenant, connector_id=new_id)
        check(isinstance(started["status"], str), "triggerdiscover says a status", started)
        polled = await ok(client, recorder, "polldiscover", tenant=tenant, connector_id=new_id)
        check(polled["status"] in ("RUNNING", "SUCCEEDED", "FAILED") and isinstance(polled["running"], bool),
              "polldiscover gives a status", polled)
        await failure(client, recorder, "unlinkconnector", "refused", tenant=tenant, connector_id=new_id)
        check(new_id in world_linked(tenant), "an unconfirmed unlink changed nothing")
        unlinked = await ok(client, recorder, "unlinkconnector", tenant=tenant, connector_id=new_id,
                            confirm=f"{tenant}/{new_id}")
        check(unlinked["unlinked"] is True and new_id not in world_linked(tenant), "unlinkconnector unlinked it")

        # Jobs: run one, a second is refused with what to do, list, status, log.
        run = await ok(client, recorder, "runjob", tenant=tenant, connector_id=connector, job_type="read")
        job_id = run["job"]["job_id"]
        check(any(job["job_id"] == job_id for job in world_jobs(tenant)), "the emulator has the new job")
        check(run["job_uri"] == f"hotglue://{tenant}/jobs/{job_id}", "runjob names the job's resource", run)
        parallel = await failure(client, recorder, "runjob", "conflict", tenant=tenant, connector_id=connector)
        check("ignore_parallel_jobs" in parallel["what_to_do"], "the refusal says to pass ignore_parallel_jobs",
              parallel)
        jobs = await ok(client, recorder, "listjobs", tenant=tenant, count=5)
        check(jobs["jobs"][0]["job_id"] == job_id and len(jobs["jobs"]) <= 5, "listjobs gives the newest first")
        job = await ok(client, recorder, "getjobstatus", tenant=tenant, job_id=job_id)
        check(job["job"]["job_id"] == job_id and isinstance(job["finished"], bool), "getjobstatus gives the job", job)
        log = await ok(client, recorder, "getjoblog", tenant=tenant, job_id=job_id)
        check(log["available"] is True and isinstance(log["lines"], list), "the emulator serves a job log", log)

        # The journal: every change above, origin mcp, this client's name.
        records = [r for r in journal_records() if r.get("kind") == "intent"]
        actions = [r.get("action") for r in records]
        for action in ["state.set", "state.delete", "link", "update", "discover", "unlink", "job.run"]:
            check(action in actions, f"the journal records {action}", actions)
        check(all(r.get("origin") == "mcp" for r in records), "every journaled change is origin mcp", records[:2])
        check(all(r.get("client") == CLIENT_NAME for r in records), "the journal names the MCP client", records[:2])
        journal_text = open(ENV["MCP_JOURNAL"], encoding="utf-8").read()
        check(secret not in journal_text, "the journal holds no secret value")
    no_secret_in(recorder)


async def read_only():
    """A read-only profile lists no tool that changes Hotglue, triggerdiscover included, and refuses them by name."""
    recorder = Recorder()
    async with session(recorder) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        check(names == set(EXPECTED_HINTS) - CHANGING, "only the read tools are listed", sorted(names))
        tenant, connector = await pick_connector(client, recorder)
        before = world_state(tenant, connector)
        refusal = await failure(client, recorder, "setconnectorstate", "refused", tenant=tenant,
                                connector_id=connector, state={"bookmarks": {}})
        check("read-only" in refusal["message"], "the refusal says read-only", refusal)
        check(world_state(tenant, connector) == before, "nothing was changed")
        await ok(client, recorder, "getconnectorstate", tenant=tenant, connector_id=connector)
    check(journal_records() == [], "a read-only profile journals nothing")


async def production_confirm():
    """A production profile refuses every change without confirm naming the target, and does it with one."""
    recorder = Recorder()
    async with session(recorder) as client:
        tenant, connector = await pick_connector(client, recorder, with_state=False)
        refusal = await failure(client, recorder, "unlinkconnector", "refused", tenant=tenant, connector_id=connector)
        check("production" in refusal["message"] and f"{tenant}/{connector}" in refusal["what_to_do"],
              "the refusal says production and what to confirm", refusal)
        check(refusal["retryable"] is False, "an unconfirmed change is not retryable as is")
        await failure(client, recorder, "unlinkconnector", "refused", tenant=tenant, connector_id=connector,
                      confirm=f"{tenant}/someone-else")
        check(connector in world_linked(tenant), "the connector is still linked")
        jobs_before = len(world_jobs(tenant))
        await failure(client, recorder, "runjob", "refused", tenant=tenant, connector_id=connector)
        check(len(world_jobs(tenant)) == jobs_before, "no job was started")
        await ok(client, recorder, "unlinkconnector", tenant=tenant, connector_id=connector,
                 confirm=f"{tenant}/{connector}")
        check(connector not in world_linked(tenant), "confirmed, it was unlinked")


async def stale_expected_state():
    """A state changed meanwhile is refused as a conflict, with the state as it is now."""
    recorder = Recorder()
    async with session(recorder) as client:
        tenant, connector = await pick_connector(client, recorder)
        read = await ok(client, recorder, "getconnectorstate", tenant=tenant, connector_id=connector)
        meanwhile = {"bookmarks": {"changed": {"by": "someone else"}}}
        status, _ = rest("PUT", v2(tenant, "/state") + f"?connector_id={connector}", {"state": meanwhile})
        check(status == 200, "the state was changed behind gluetop's back")
        conflict = await failure(client, recorder, "setconnectorstate", "conflict", tenant=tenant,
                                 connector_id=connector, state={"bookmarks": {}}, expected_state=read["state_json"])
        check(conflict["current_state"] == meanwhile and conflict["argument"] == "expected_state",
              "the conflict gives the current state", conflict)
        check(world_state(tenant, connector) == meanwhile, "nothing was written")
        outcomes = [r for r in journal_records() if r.get("kind") == "outcome"]
        check(any(r.get("result") == "conflict" for r in outcomes), "the journal records the conflict", outcomes)


async def rate_limited():
    """A 429 storm (Retry-After: 30, set by the Swift test) is a retryable error that says how long to wait."""
    recorder = Recorder()
    async with session(recorder) as client:
        error = await failure(client, recorder, "listavailableconnectors", "rate_limited")
        check(error["retryable"] is True and error["retry_after_seconds"] == 30, "retryable after 30 s", error)
        check("30" in recorder.seen[-2], "the text says the wait too", recorder.seen[-2])
        tenants = await ok(client, recorder, "listtenants")
        check(len(tenants["tenants"]) > 0, "other calls still work")


async def no_secrets():
    """Configs, states, jobs and resources of every tenant: no planted secret value in any result."""
    recorder = Recorder()
    async with session(recorder) as client:
        for tenant in (await ok(client, recorder, "listtenants"))["tenants"]:
            linked = await ok(client, recorder, "getlinkedconnectors", tenant=tenant, include_config=True,
                              include_catalog=True)
            for connector in linked["connectors"]:
                await call(client, recorder, "getconnectorstate", tenant=tenant, connector_id=connector["id"])
            jobs = await ok(client, recorder, "listjobs", tenant=tenant, count=10)
            for job in jobs["jobs"][:2]:
                await ok(client, recorder, "getjobstatus", tenant=tenant, job_id=job["job_id"])
                await ok(client, recorder, "getjoblog", tenant=tenant, job_id=job["job_id"])
        page = await client.list_resources()
        for resource in page.resources[:10]:
            contents = await client.read_resource(resource.uri)
            for content in contents.contents:
                recorder.record(content.text)
    no_secret_in(recorder)
    check(any("••••••" in text for text in recorder.seen), "some secrets were there, masked")


async def subscription():
    """A subscribed running job's status changes are pushed until it ends."""
    recorder = Recorder()
    async with session(recorder) as client:
        templates = await client.list_resource_templates()
        check(any(t.uri_template == "hotglue://{tenant}/jobs/{job_id}" for t in templates.resource_templates),
              "the job resource template is listed")
        tenant, connector = await pick_connector(client, recorder, with_state=False)
        run = await ok(client, recorder, "runjob", tenant=tenant, connector_id=connector)
        uri = run["job_uri"]
        await client.subscribe_resource(uri)
        statuses = []
        while True:
            try:
                # A failure guard, not a timing check: the job ends in a few seconds.
                await asyncio.wait_for(recorder.update_event.wait(), timeout=60)
            except TimeoutError:
                raise CheckFailed(f"a status change of {uri} was pushed within 60 s (statuses so far: {statuses})")
            recorder.update_event.clear()
            check(all(update == uri for update in recorder.updates), "updates name the subscribed job", recorder.updates)
            read = await client.read_resource(uri)
            job = json.loads(read.contents[0].text)
            statuses.append(job["status"])
            if job["finished"]:
                break
        check(len(statuses) >= 2, "more than one status change was pushed", statuses)
        check(statuses[-1] == "JOB_COMPLETED" or statuses[-1].endswith("_FAILED"), "the job ended", statuses)
        await client.unsubscribe_resource(uri)
        state_uri = f"hotglue://{tenant}/{connector}/state"
        state = await client.read_resource(state_uri)
        check(json.loads(state.contents[0].text)["connector_id"] == connector, "the state resource reads")


async def bad_input():
    """Unknown tool, missing and mistyped arguments, huge bodies, invalid JSON: each a clear error; the session
    goes on."""
    recorder = Recorder()
    async with session(recorder) as client:
        try:
            await client.call_tool("nosuchtool", {})
            raise CheckFailed("an unknown tool is a protocol error")
        except MCPError as error:
            check(error.code == -32602 and "nosuchtool" in error.message, "the error names the unknown tool",
                  error.message)
        missing = await failure(client, recorder, "getconnectorstate", "invalid_input", connector_id="x")
        check(missing["argument"] == "tenant" and "tenant" in missing["message"], "names the missing argument", missing)
        mistyped = await failure(client, recorder, "listjobs", "invalid_input", tenant="acme", count="five")
        check(mistyped["argument"] == "count" and "integer" in mistyped["message"], "names the mistyped one", mistyped)
        unknown = await failure(client, recorder, "listtenants", "invalid_input", tenat="acme")
        check(unknown["argument"] == "tenat", "names an argument the tool does not take", unknown)
        tenant, connector = await pick_connector(client, recorder)
        before = world_state(tenant, connector)
        invalid = await failure(client, recorder, "setconnectorstate", "invalid_input", tenant=tenant,
                                connector_id=connector, state='{"bookmarks": {"orders": }')
        check(invalid["argument"] == "state" and "line 1, column" in invalid["message"],
              "invalid JSON says where", invalid)
        huge = {"bookmarks": {"blob": "x" * (2 << 20)}}
        too_big = await failure(client, recorder, "setconnectorstate", "invalid_input", tenant=tenant,
                                connector_id=connector, state=huge)
        check(too_big["argument"] == "state" and "bytes" in too_big["message"], "a huge state is refused", too_big)
        if ENV["MCP_TRANSPORT"] == "stdio":
            try:
                await client.call_tool("setconnectorstate", {"tenant": tenant, "connector_id": connector,
                                                              "state": "x" * (17 << 20)})
                raise CheckFailed("a message over 16 MiB is refused")
            except MCPError as error:
                check("longer than gluetop takes" in error.message, "the refusal says the message is too long",
                      error.message)
        check(world_state(tenant, connector) == before, "nothing was written")
        try:
            await client.read_resource("hotglue://nowhere")
            raise CheckFailed("an unknown resource is an error")
        except MCPError as error:
            check("hotglue://nowhere" in error.message, "the error names the resource", error.message)
        tenants = await ok(client, recorder, "listtenants")
        check(len(tenants["tenants"]) > 0, "the session still works after every bad input")


async def http_guards():
    """Over HTTP: a body over the limit is refused with 413, a foreign Origin or Host is refused, and the server
    goes on serving."""
    async with http_server() as url:
        headers = {"accept": "application/json, text/event-stream", "content-type": "application/json"}
        initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                                 "clientInfo": {"name": "raw", "version": "1"}}}
        async with httpx.AsyncClient(timeout=30) as http:
            huge = await http.post(url, headers=headers, content=b"[" + b"1," * (3 << 20) + b"1]")
            check(huge.status_code == 413, "a 6 MB body is refused with 413", huge.status_code)
            foreign = await http.post(url, headers=headers | {"origin": "https://evil.example"}, json=initialize)
            check(foreign.status_code == 403, "a foreign Origin is refused", (foreign.status_code, foreign.text))
            host = await http.post(url, headers=headers | {"host": "evil.example"}, json=initialize)
            check(host.status_code in (403, 421), "a foreign Host is refused", (host.status_code, host.text))
            garbage = await http.post(url, headers=headers, content=b"{not json")
            check(400 <= garbage.status_code < 500, "invalid JSON is a 4xx", garbage.status_code)
        recorder = Recorder()
        async with streamable_http_client(url) as (read, write):
            async with ClientSession(read, write, client_info=types.Implementation(name=CLIENT_NAME, version="1")) as client:
                await client.initialize()
                check(len((await ok(client, recorder, "listtenants"))["tenants"]) > 0, "the server still serves")


SCENARIOS = {function.__name__: function for function in [
    tools_listed, every_tool, read_only, production_confirm, stale_expected_state, rate_limited, no_secrets,
    subscription, bad_input, http_guards]}


def check_failure(error):
    """The failed check inside `error`, which the client's task groups may have wrapped in exception groups."""
    if isinstance(error, CheckFailed):
        return error
    for inner in getattr(error, "exceptions", []):
        found = check_failure(inner)
        if found is not None:
            return found
    return None


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else ""
    if name not in SCENARIOS:
        print(f"unknown scenario {name!r}; scenarios: {', '.join(SCENARIOS)}", file=sys.stderr)
        return 2
    try:
        asyncio.run(SCENARIOS[name]())
    except BaseException as error:
        failed = check_failure(error)
        if failed is None:
            raise
        print(f"FAILED {name} ({ENV.get('MCP_TRANSPORT')}): {failed}", file=sys.stderr)
        return 1
    print(f"ok {name} ({ENV.get('MCP_TRANSPORT')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
