#include "common/module_loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "rungs/data_paths.h"

namespace rungs {

ModuleSymbol load_module_symbol(const char* env_var, const char* file_name, const char* built_path,
                                const char* symbol) {
  std::vector<std::filesystem::path> candidates;
  if (const char* env = std::getenv(env_var); env && *env) candidates.emplace_back(env);
  if (const std::filesystem::path exe = executable_path(); !exe.empty()) {
    candidates.push_back(exe.parent_path() / file_name);
    candidates.push_back(exe.parent_path().parent_path() / "lib" / "rungs" / file_name);
  }
  candidates.emplace_back(built_path);
  ModuleSymbol out;
  std::error_code ec;
  for (const std::filesystem::path& c : candidates) {
    out.tried += (out.tried.empty() ? "" : ", ") + c.string();
    if (!std::filesystem::exists(c, ec)) continue;
    if (void* module = ::dlopen(c.c_str(), RTLD_NOW | RTLD_LOCAL)) {
      if ((out.address = ::dlsym(module, symbol)) != nullptr) return out;
    }
  }
  return out;
}

}  // namespace rungs
