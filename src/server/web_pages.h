// The web app: plain HTML pages served by the same binary, no CDN and no build step. The core
// flow (choose a resume, read the report) is a form POST and works without JavaScript.
#ifndef RUNGS_SERVER_WEB_PAGES_H_
#define RUNGS_SERVER_WEB_PAGES_H_

#include <httplib.h>

#include "server/server_context.h"

namespace rungs::server {

// GET / (the upload form), POST / (the report page), GET /ladder, GET /path, GET /people/{id}.
void add_web_pages(httplib::Server& http, ServerContext& ctx);

}  // namespace rungs::server

#endif  // RUNGS_SERVER_WEB_PAGES_H_
