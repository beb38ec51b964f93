// The JSON API under /v1, and /openapi.json, /healthz and /metrics.
#ifndef RUNGS_SERVER_API_ROUTES_H_
#define RUNGS_SERVER_API_ROUTES_H_

#include <httplib.h>

#include <functional>
#include <optional>
#include <string>

#include "server/server_context.h"

namespace rungs::server {

// A handler that knows who calls: `owner` is the token's name with --auth, else "".
using OwnedHandler = std::function<void(const httplib::Request&, httplib::Response&, const std::string& owner)>;

// Wraps a handler: the caller authenticated (401 without a valid token when --auth is on and
// `needs_token`), 504 past the time limit, its time in Server-Timing, and once SIGTERM came the
// connection closed after the answer.
httplib::Server::Handler guarded(ServerContext& ctx, bool needs_token, OwnedHandler handler);

void add_api_routes(httplib::Server& http, ServerContext& ctx);

// The name of the token whose secret this is, or nullopt.
std::optional<std::string> owner_of_token(const std::string& secret, ServerContext& ctx);

// A person's stored assessments, only when they are `owner`'s (kNotFound otherwise, never
// telling another token's person apart from none), with the person's id as the caller knows it.
Result<std::vector<StoredAssessment>> own_history(const std::string& owner, const std::string& person, ServerContext& ctx);

// The person id as stored: each token's people live under "<token>/", so one token never sees,
// diffs or deletes another's (the CLI, with no token, sees them all).
std::string stored_person(const std::string& owner, const std::string& person);

}  // namespace rungs::server

#endif  // RUNGS_SERVER_API_ROUTES_H_
