// SHA-256 against the FIPS 180-4 examples and the NIST test vectors (NIST CSRC "Example
// Algorithms", SHA256.pdf; and the one-million-'a' vector of FIPS 180-2 appendix B.3).
#include <doctest/doctest.h>

#include <string>

#include "io/sha256.hpp"

using mhfund::io::sha256;
using mhfund::io::sha256_hex;

TEST_CASE("sha256: the NIST vectors") {
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // The 448-bit message: two blocks after padding, since the length no longer fits the first.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: fed in pieces, the digest is that of the whole") {
    // 896-bit message of FIPS 180-4's SHA-512 example, fed in uneven pieces across blocks.
    const std::string message =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
        "lmnopqrsmnopqrstnopqrstu";
    sha256 h;
    h.update(message.substr(0, 1));
    h.update(message.substr(1, 63));
    h.update(message.substr(64));
    const std::string whole = sha256_hex(message);
    CHECK(h.hex_digest() == whole);
    CHECK(whole == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    // One byte short of a block, and exactly a block: the padding's two cases.
    CHECK(sha256_hex(std::string(55, 'a')) != sha256_hex(std::string(56, 'a')));
    CHECK(sha256_hex(std::string(64, 'a')).size() == 64);
}
