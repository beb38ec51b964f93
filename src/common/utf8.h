// UTF-8 checks shared by every reader of text.
#ifndef RUNGS_COMMON_UTF8_H_
#define RUNGS_COMMON_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rungs {

// The byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are not well formed), or nullopt when all is.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// `text` without a leading UTF-8 byte-order mark.
std::string_view strip_utf8_bom(std::string_view text);

// The 1-based line number of byte `offset` in `text`.
int line_at(std::string_view text, std::size_t offset);

// `text` with every invalid UTF-8 sequence replaced by U+FFFD, for text that came out of a
// binary format (PDF, DOCX) where a bad byte should not sink the whole document.
std::string repair_utf8(std::string_view text);

}  // namespace rungs

#endif  // RUNGS_COMMON_UTF8_H_
