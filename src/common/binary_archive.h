// A flat little-endian binary format for the data snapshot: a writer that appends values to a
// string, and a reader over bytes (a mapped file) that checks every length against what is left.
// A reader that runs out of bytes, or meets a length it cannot hold, stops: every later read
// gives an empty value, and ok() is false; the caller checks ok() once at the end.
//
// Fields are written and read by one template per type (`io(archive, value)`), so the two can
// never disagree: see src/snapshot/snapshot_io.h.
#ifndef RUNGS_COMMON_BINARY_ARCHIVE_H_
#define RUNGS_COMMON_BINARY_ARCHIVE_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rungs {

class BinaryWriter {
 public:
  static constexpr bool kReading = false;

  template <class T, std::enable_if_t<std::is_arithmetic_v<T> || std::is_enum_v<T>, int> = 0>
  void field(const T& v) {
    raw(&v, sizeof v);
  }
  void field(const std::string& s) {
    field(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  template <class T>
  void field(const std::optional<T>& v) {
    field(v.has_value());
    if (v) field(*v);
  }
  // An array of plain values, aligned to 8 bytes so a reader can use it in place.
  template <class T>
  void array(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    field(static_cast<std::uint64_t>(items.size()));
    out_.append((8 - out_.size() % 8) % 8, '\0');
    raw(items.data(), items.size_bytes());
  }

  const std::string& bytes() const { return out_; }
  std::string take() && { return std::move(out_); }

 private:
  void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class BinaryReader {
 public:
  static constexpr bool kReading = true;

  // Arrays are aligned relative to the start of `bytes`, as written: map it at an aligned address.
  explicit BinaryReader(std::string_view bytes) : bytes_(bytes) {}

  bool ok() const { return ok_; }
  bool at_end() const { return at_ == bytes_.size(); }
  void fail() { ok_ = false; }

  template <class T, std::enable_if_t<std::is_arithmetic_v<T> || std::is_enum_v<T>, int> = 0>
  void field(T& v) {
    v = T{};
    if (take(sizeof v)) std::memcpy(&v, bytes_.data() + at_ - sizeof v, sizeof v);
  }
  void field(std::string& s) {
    std::uint32_t n = 0;
    field(n);
    s.clear();
    if (take(n)) s.assign(bytes_.data() + at_ - n, n);
  }
  template <class T>
  void field(std::optional<T>& v) {
    bool has = false;
    field(has);
    v.reset();
    if (has && ok_) field(v.emplace());
  }
  // The array as written by BinaryWriter::array, in place: valid while the bytes are.
  template <class T>
  std::span<const T> array() {
    static_assert(std::is_trivially_copyable_v<T>);
    std::uint64_t n = 0;
    field(n);
    const std::size_t pad = (8 - at_ % 8) % 8;
    if (!take(pad) || n > (bytes_.size() - at_) / sizeof(T) || !take(n * sizeof(T))) {
      fail();
      return {};
    }
    const char* p = bytes_.data() + at_ - n * sizeof(T);
    if (reinterpret_cast<std::uintptr_t>(p) % alignof(T) != 0) {
      fail();  // the bytes were not mapped at an aligned address
      return {};
    }
    return {reinterpret_cast<const T*>(p), static_cast<std::size_t>(n)};
  }
  // A count of items still to read, refused when it exceeds the bytes left (each item takes at
  // least one byte), so a damaged count cannot make the reader allocate without bound.
  std::size_t count() {
    std::uint32_t n = 0;
    field(n);
    if (n > bytes_.size() - at_) {
      fail();
      return 0;
    }
    return n;
  }

 private:
  bool take(std::size_t n) {
    if (!ok_ || n > bytes_.size() - at_) {
      ok_ = false;
      return false;
    }
    at_ += n;
    return true;
  }
  std::string_view bytes_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// Vectors of any type that has an io() overload, or of plain values: a count, then the items.
template <class T, class Io>
void io_vector(BinaryWriter& w, const std::vector<T>& items, Io&& each) {
  w.field(static_cast<std::uint32_t>(items.size()));
  for (const T& item : items) each(w, const_cast<T&>(item));
}
template <class T, class Io>
void io_vector(BinaryReader& r, std::vector<T>& items, Io&& each) {
  items.clear();
  const std::size_t n = r.count();
  items.reserve(n);
  for (std::size_t i = 0; i < n && r.ok(); ++i) each(r, items.emplace_back());
}

}  // namespace rungs

#endif  // RUNGS_COMMON_BINARY_ARCHIVE_H_
