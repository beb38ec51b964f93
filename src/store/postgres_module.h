// The interface of the PostgreSQL module (librungs_postgres.so), the one part of rungs that
// links libpqxx and libpq. Both sides are built together, so a C++ object may cross it.
#ifndef RUNGS_STORE_POSTGRES_MODULE_H_
#define RUNGS_STORE_POSTGRES_MODULE_H_

#include <string>

#include "store/sql_driver.h"

// A driver connected to the database `url` names (owned by the caller), or null with the reason
// in *error.
#define RUNGS_POSTGRES_OPEN_SYMBOL "rungs_postgres_open"
using RungsPostgresOpenFn = rungs::store::SqlDriver* (*)(const char* url, std::string* error);

#endif  // RUNGS_STORE_POSTGRES_MODULE_H_
