// Runs the real rungs binary and captures its exit code, stdout and stderr.
#ifndef RUNGS_TESTS_CLI_RUN_RUNGS_H_
#define RUNGS_TESTS_CLI_RUN_RUNGS_H_

#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "test_paths.h"

namespace rungs::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `BINARY ARGS...` from the source folder with `env` ("NAME=value" entries) added, after
// `shell_prefix` (shell words such as "ulimit -f 8;" or a command that runs the rest as another user).
inline RunResult run_binary(const std::string& binary, const std::vector<std::string>& args,
                            const std::vector<std::string>& env = {}, const std::string& shell_prefix = "") {
  TempDir capture;
  std::string command = "cd " + shell_quote(source_dir().string()) + " && " + shell_prefix + " env";
  for (const std::string& e : env) command += " " + shell_quote(e);
  command += " " + shell_quote(binary);
  for (const std::string& a : args) command += " " + shell_quote(a);
  command += " </dev/null >" + shell_quote((capture.path() / "out").string()) + " 2>" +
             shell_quote((capture.path() / "err").string());
  int status = std::system(command.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_text(capture.path() / "out");
  r.err = read_text(capture.path() / "err");
  return r;
}

// Runs the rungs binary of this build (run_binary).
inline RunResult run_rungs(const std::vector<std::string>& args,
                           const std::vector<std::string>& env = {}, const std::string& shell_prefix = "") {
  return run_binary(RUNGS_BINARY, args, env, shell_prefix);
}

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_CLI_RUN_RUNGS_H_
