// SHA-256 (FIPS 180-4): the fingerprint a budget keeps of each input it was computed from, so
// that a later run can say which inputs changed. None of the libraries the project uses offers
// a digest, and the algorithm is short and fixed, so it is written out here (sha256.cpp) and
// tested against the NIST vectors (tests/unit/sha256.test.cpp).
#ifndef MHFUND_SRC_IO_SHA256_HPP
#define MHFUND_SRC_IO_SHA256_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mhfund {
inline namespace v1 {
namespace io {

/// SHA-256 fed in pieces: `update` any number of times, then `hex_digest` once.
class sha256 {
  public:
    sha256();
    /// Adds `bytes` to the message.
    void update(std::string_view bytes);
    /// The digest of everything added, as 64 lower-case hex digits. Ends the computation: the
    /// object is not to be updated afterwards.
    std::string hex_digest();

  private:
    void compress(const unsigned char* block);
    std::array<std::uint32_t, 8> state_;
    std::array<unsigned char, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes added so far
};

/// The SHA-256 of `bytes`, as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace io
}  // namespace v1
}  // namespace mhfund

#endif
