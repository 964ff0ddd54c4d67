// Reading an input file whole, within a limit known before reading (a regular file's size) or
// held while reading (a pipe or a device): docs/design/outputs.md, "Bounded work".
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <string>
#include <system_error>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "io/output_file.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

namespace {

// A limit in words: 16 MiB, 4 GiB (the CSV limit is 4 GiB less a byte, the most 32 bits hold).
std::string size_text(std::uint64_t bytes) {
    if ((bytes + 1) % (std::uint64_t{1} << 30) == 0) ++bytes;
    if (bytes >= (std::uint64_t{1} << 30) && bytes % (std::uint64_t{1} << 30) == 0)
        return fmt::format("{} GiB", bytes >> 30);
    if (bytes >= (std::uint64_t{1} << 20) && bytes % (std::uint64_t{1} << 20) == 0)
        return fmt::format("{} MiB", bytes >> 20);
    return fmt::format("{} bytes", bytes);
}

[[noreturn]] void throw_too_big(const std::string& path, std::uint64_t size, std::uint64_t limit) {
    throw error(
        errc::input,
        fmt::format("the file is {} bytes: files of over {} are not read", size, size_text(limit)),
        source_location{path, 0, {}});
}

[[noreturn]] void throw_stream_too_big(const std::string& path, std::uint64_t limit) {
    throw error(errc::input,
                fmt::format("it gave more than {}, the most a pipe or a device may give (save "
                            "it as a file to read more)",
                            size_text(limit)),
                source_location{path, 0, {}});
}

struct fd_guard {
    int fd;
    ~fd_guard() { ::close(fd); }  // read-only: nothing can be lost if close fails
};

}  // namespace

std::string read_text_file(const std::string& path, std::uint64_t max_bytes) {
    const auto fail = [&path](int err) {
        throw error(errc::input, "cannot read " + path + ": " +
                                     std::error_code(err, std::generic_category()).message());
    };
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(errno);
    const fd_guard guard{fd};
    note_input_file(fd);  // no output of this run may replace it (output_file.hpp)
    // A regular file's size is known before a byte is read: one too big is refused at once. A
    // pipe or a device (/dev/zero) has none, and may feed less.
    struct stat st {};
    const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    const std::uint64_t limit = regular ? max_bytes : std::min(max_bytes, max_stream_bytes);
    if (regular && static_cast<std::uint64_t>(st.st_size) > limit)
        throw_too_big(path, static_cast<std::uint64_t>(st.st_size), limit);
    std::string content;
    if (regular && st.st_size > 0) content.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        }
        // A file that grows while it is read (or one of /proc, whose size reads 0) is held to
        // the same limit.
        if (content.size() + static_cast<std::size_t>(n) > limit) {
            if (regular) throw_too_big(path, content.size() + static_cast<std::size_t>(n), limit);
            throw_stream_too_big(path, limit);
        }
        content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund
