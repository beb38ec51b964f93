// The rungs executable. Exceptions stop here: anything that escapes a command is a bug (exit 1).
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  try {
    return rungs::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "rungs: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "rungs: internal error\n";
  }
  return 1;
}
