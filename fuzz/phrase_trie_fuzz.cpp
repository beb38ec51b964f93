// libFuzzer target: the phrase matcher's trie, built from any names and read back from its bytes
// whole and damaged. Input: names, one a line, then a line "--", then the text to scan, then
// (after a NUL) byte positions and values to overwrite in the written trie, two bytes each.
// The matcher read from its own bytes finds exactly what the built one finds; a damaged one may
// be refused or find anything, but never reads outside its bytes, loops or crashes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/binary_archive.h"
#include "rungs/phrase_matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  std::string_view damage = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
  input = input.substr(0, nul);
  const std::size_t split = input.find("\n--\n");
  std::string_view names = input.substr(0, split);
  std::string_view text = split == std::string_view::npos ? input : input.substr(split + 4);
  std::vector<rungs::Phrase> phrases;
  while (!names.empty()) {
    const std::size_t end = names.find('\n');
    phrases.push_back({std::string(names.substr(0, end)), static_cast<std::uint32_t>(phrases.size()),
                       phrases.size() % 3 == 0});
    names = end == std::string_view::npos ? std::string_view() : names.substr(end + 1);
  }
  const rungs::PhraseMatcher built(phrases);
  rungs::BinaryWriter out;
  built.write(out);
  std::string bytes = std::move(out).take();
  {
    rungs::BinaryReader in(bytes);
    rungs::PhraseMatcher read;
    if (!rungs::PhraseMatcher::read(in, nullptr, read)) __builtin_trap();
    const auto a = built.find(text);
    const auto b = read.find(text);
    if (a.size() != b.size()) __builtin_trap();
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i].id != b[i].id || a[i].begin != b[i].begin || a[i].end != b[i].end) __builtin_trap();
    }
  }
  for (std::size_t i = 0; i + 1 < damage.size() && !bytes.empty(); i += 2) {
    bytes[static_cast<unsigned char>(damage[i]) * 7919u % bytes.size()] = damage[i + 1];
  }
  rungs::BinaryReader in(bytes);
  rungs::PhraseMatcher damaged;
  if (rungs::PhraseMatcher::read(in, nullptr, damaged)) (void)damaged.find(text);
  return 0;
}
