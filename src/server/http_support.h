// Answers in the API's shape: JSON bodies, and errors as {error: "<code>", message} with the
// status their kind calls for.
#ifndef RUNGS_SERVER_HTTP_SUPPORT_H_
#define RUNGS_SERVER_HTTP_SUPPORT_H_

#include <httplib.h>

#include <string>
#include <string_view>

#include "rungs/error.h"

namespace rungs::server {

void send_json(httplib::Response& res, int status, std::string body);

// {error: code, message}; message escaped as JSON.
void send_error(httplib::Response& res, int status, std::string_view code, const std::string& message);

// An engine or store error: 422 a document that is invalid, 415 a format rungs does not read,
// 400 a bad argument, 404 an unknown id, 500 storage or internal failures (the message stays
// in the log; the client gets a short one).
void send_error(httplib::Response& res, const Error& error);

}  // namespace rungs::server

#endif  // RUNGS_SERVER_HTTP_SUPPORT_H_
