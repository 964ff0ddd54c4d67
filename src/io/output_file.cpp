// Whole-or-nothing output files: temporary file, every write and the close checked, rename.
// No fsync: the promise is about our own failures (a bad value found late, a full disk), not
// power loss, and an fsync per report would slow every run for no gain users asked for.
#include "io/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <system_error>
#include <utility>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

namespace {

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Six letters or digits, different for every call in this process and unlikely to repeat
// across processes. O_EXCL, not the name, is what guarantees the file is ours; mkstemp would
// do the same but creates files with mode 0600, which a report shared with colleagues should
// not get.
std::string random_suffix() {
    static std::atomic<std::uint64_t> counter{0};
    const auto now = static_cast<std::uint64_t>(
        std::chrono::high_resolution_clock::now().time_since_epoch().count());
    std::uint64_t x = splitmix64(now ^ (static_cast<std::uint64_t>(::getpid()) << 40) ^
                                 splitmix64(counter.fetch_add(1, std::memory_order_relaxed)));
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out(6, ' ');
    for (auto& c : out) {
        c = alphabet[x % (sizeof alphabet - 1)];
        x /= sizeof alphabet - 1;
    }
    return out;
}

}  // namespace

atomic_output::atomic_output(std::string target) : target_(std::move(target)) {
    if (target_.empty()) throw error(errc::usage, "cannot write a file with an empty name");
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
        std::string candidate = target_ + ".tmp-" + random_suffix();
        // 0666: the kernel applies the umask, as for any new file.
        fd_ = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd_ >= 0) {
            temp_ = std::move(candidate);
        } else if (errno != EEXIST) {
            fail(errno);
        }
    }
    if (fd_ < 0) fail(EEXIST);
    // Replacing a file should not change who may read it.
    struct stat st {};
    if (::stat(target_.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        if (::fchmod(fd_, st.st_mode & 07777) != 0) {
            // Best effort: the content matters more than the mode it is written with.
        }
    }
}

atomic_output::~atomic_output() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

void atomic_output::fail(int err) const {
    throw error(errc::input, "cannot write " + target_ + ": " +
                                 std::error_code(err, std::generic_category()).message());
}

void atomic_output::write(std::string_view data) {
    if (fd_ < 0) throw error(errc::internal, "atomic_output::write after commit: " + target_);
    while (!data.empty()) {
        const ssize_t n = ::write(fd_, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
}

void atomic_output::close_file() {
    if (fd_ < 0) return;
    // Some file systems (NFS, quotas) report a failed write only at close.
    const int result = ::close(fd_);
    const int err = errno;
    fd_ = -1;
    if (result != 0) fail(err);
}

void atomic_output::commit() {
    if (committed_) throw error(errc::internal, "atomic_output::commit twice: " + target_);
    close_file();
    if (::rename(temp_.c_str(), target_.c_str()) != 0) fail(errno);
    committed_ = true;
}

void write_file_atomically(const std::string& path, std::string_view content) {
    atomic_output out(path);
    out.write(content);
    out.commit();
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund
