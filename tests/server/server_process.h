// A real `rungs serve` for the tests: started on an ephemeral port of 127.0.0.1, its address
// read from what it prints, stopped with SIGTERM when the object goes.
#ifndef RUNGS_TESTS_SERVER_SERVER_PROCESS_H_
#define RUNGS_TESTS_SERVER_SERVER_PROCESS_H_

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "test_paths.h"

namespace rungs::testing {

class ServerProcess {
 public:
  explicit ServerProcess(std::vector<std::string> args) {
    log_ = dir_.path() / "server.log";
    pid_ = ::fork();
    if (pid_ == 0) {
      if (::chdir(source_dir().c_str()) != 0 || !std::freopen(log_.c_str(), "w", stderr)) ::_exit(127);
      std::vector<std::string> all = {RUNGS_BINARY, "serve", "--port", "0"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (std::string& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(RUNGS_BINARY, argv.data());
      ::_exit(127);
    }
    for (int waited = 0; waited < 300 && port_ == 0; ++waited) {  // up to 30 s (a sanitizer build starts slowly)
      std::string log = read_text(log_);
      if (auto at = log.find("listening on http://127.0.0.1:"); at != std::string::npos) {
        port_ = std::stoi(log.substr(at + 30));
        break;
      }
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }

  ~ServerProcess() { stop(); }

  // SIGTERM, then the exit code (waits for the process).
  int stop() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      int status = 0;
      ::waitpid(pid_, &status, 0);
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      pid_ = -1;
    }
    return exit_code_;
  }

  void signal(int sig) const { ::kill(pid_, sig); }
  bool started() const { return port_ != 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string log() const { return read_text(log_); }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(std::chrono::seconds(60));
    return c;
  }

 private:
  TempDir dir_;
  std::filesystem::path log_;
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
};

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_SERVER_SERVER_PROCESS_H_
