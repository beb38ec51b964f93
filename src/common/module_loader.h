// Loading one of rungs' own plug-in modules (librungs_pdf.so, librungs_postgres.so) with dlopen,
// so the libraries they link (poppler, libpq and theirs) cost nothing to a start that never
// uses them.
#ifndef RUNGS_COMMON_MODULE_LOADER_H_
#define RUNGS_COMMON_MODULE_LOADER_H_

#include <string>

namespace rungs {

struct ModuleSymbol {
  void* address = nullptr;  // null when no candidate loaded
  std::string tried;        // the paths looked at, comma-separated, for the error message
};

// `symbol` from module `file_name`, looked for at $`env_var`, beside the binary (a build tree),
// in lib/rungs/ beside an installed binary, then at `built_path` (where the build put it, for
// tests and benchmarks). Not cached: call it once and keep the answer.
ModuleSymbol load_module_symbol(const char* env_var, const char* file_name, const char* built_path,
                                const char* symbol);

}  // namespace rungs

#endif  // RUNGS_COMMON_MODULE_LOADER_H_
