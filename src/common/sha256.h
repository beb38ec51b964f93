// SHA-256 (FIPS 180-4), for content keys: the data snapshot's source hash, a resume's digest.
#ifndef RUNGS_COMMON_SHA256_H_
#define RUNGS_COMMON_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace rungs {

// Incremental: add() any number of pieces, then hex() or digest() once.
class Sha256 {
 public:
  Sha256();
  Sha256& add(std::string_view bytes);
  std::array<std::uint8_t, 32> digest();
  std::string hex();  // 64 lower-case hex digits

 private:
  void block(const std::uint8_t* p);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes added so far
};

// A digest as 64 lower-case hex digits.
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

// The hex digest of `bytes` in one call.
std::string sha256_hex(std::string_view bytes);

}  // namespace rungs

#endif  // RUNGS_COMMON_SHA256_H_
