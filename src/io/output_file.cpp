// Whole-or-nothing output files that destroy nothing (docs/design/outputs.md): the target is
// looked at first (an input of this run, a link, a device, a read-only file), the content goes
// to a temporary file that a signal handler removes if the process is stopped, and only a
// complete file reaches the target. No fsync: the promise is about our own failures (a bad
// value found late, a full disk, Ctrl-C), not power loss, and an fsync per report would slow
// every run for no gain users asked for.
#include "io/output_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <set>
#include <system_error>
#include <tuple>
#include <utility>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

namespace {

// ---------------------------------------------------------------------------------------------
// The inputs of this process. A file is known by device and inode (a link or a second name to
// it is the same file) and by size and modification time, so that a file read, deleted, and
// its inode reused by a new file is not taken for the input.

struct file_identity {
    dev_t device;
    ino_t inode;
    off_t size;
    time_t seconds;
    long nanoseconds;
    bool operator<(const file_identity& o) const {
        return std::tie(device, inode, size, seconds, nanoseconds) <
               std::tie(o.device, o.inode, o.size, o.seconds, o.nanoseconds);
    }
};

file_identity identity_of(const struct stat& st) {
    return {st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec};
}

std::mutex& inputs_mutex() {
    static std::mutex m;
    return m;
}

std::set<file_identity>& inputs() {
    static std::set<file_identity> files;
    return files;
}

bool is_input(const struct stat& st) {
    const std::lock_guard<std::mutex> lock(inputs_mutex());
    return inputs().count(identity_of(st)) > 0;
}

// ---------------------------------------------------------------------------------------------
// Temporary files and signals. The paths of the temporary files that exist are kept in fixed
// slots that a signal handler can read without allocating or locking: on SIGINT, SIGTERM or
// SIGHUP it unlinks them (unlink is async-signal-safe) and lets the signal end the process as
// it would have. A process with more temporary files at once than slots keeps the extra ones
// unprotected (they are still removed on every other path).

constexpr int handled_signals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int slot_count = 16;

struct temp_slot {
    std::atomic<bool> claimed{false};
    std::atomic<bool> live{false};
    char path[PATH_MAX];
};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler reads these");

temp_slot slots[slot_count];

void remove_temp_files(int sig) {
    const int saved = errno;
    for (temp_slot& s : slots)
        if (s.live.load(std::memory_order_acquire)) ::unlink(s.path);
    errno = saved;
    // SA_RESETHAND has put the default action back; the signal is blocked while this handler
    // runs, so it ends the process as soon as the handler returns.
    ::raise(sig);
}

// Installed for the signals still at their default action, each time a temporary file is made
// (three system calls): a host's own handler, or SIG_IGN (nohup), stays as it is, and a host
// that puts a default action back gets the handler again.
void install_signal_handlers() {
    for (const int sig : handled_signals) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0) continue;
        if ((old.sa_flags & SA_SIGINFO) != 0 || old.sa_handler != SIG_DFL) continue;
        struct sigaction sa {};
        sa.sa_handler = remove_temp_files;
        sigemptyset(&sa.sa_mask);
        for (const int other : handled_signals)
            sigaddset(&sa.sa_mask, other);
        sa.sa_flags = SA_RESETHAND;
        ::sigaction(sig, &sa, nullptr);
    }
}

int protect(const std::string& path) noexcept {
    if (path.size() >= PATH_MAX) return -1;
    for (int i = 0; i < slot_count; ++i) {
        bool expected = false;
        if (slots[i].claimed.compare_exchange_strong(expected, true)) {
            std::memcpy(slots[i].path, path.c_str(), path.size() + 1);
            slots[i].live.store(true, std::memory_order_release);
            return i;
        }
    }
    return -1;
}

void unprotect(int& slot) noexcept {
    if (slot < 0) return;
    slots[slot].live.store(false, std::memory_order_release);
    slots[slot].claimed.store(false, std::memory_order_release);
    slot = -1;
}

// Holds the handled signals off this thread for a scope: a temporary file is created and
// recorded, or renamed and forgotten, with no signal in between.
class signals_held {
  public:
    signals_held() noexcept {
        sigset_t set;
        sigemptyset(&set);
        for (const int sig : handled_signals)
            sigaddset(&set, sig);
        ::pthread_sigmask(SIG_BLOCK, &set, &old_);
    }
    signals_held(const signals_held&) = delete;
    signals_held& operator=(const signals_held&) = delete;
    ~signals_held() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }

  private:
    sigset_t old_;
};

// ---------------------------------------------------------------------------------------------

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

/// "dir/" for "dir/name", "" for "name".
std::string folder_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

/// The descriptor a name stands for: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N.
/// Written through the descriptor itself, so that `-o /dev/stdout >> log` appends as the
/// shell was asked to, rather than opening (or replacing) what the descriptor points to.
std::optional<int> named_descriptor(std::string_view path) {
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    for (const std::string_view prefix :
         {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/")}) {
        if (path.substr(0, prefix.size()) != prefix) continue;
        const std::string_view digits = path.substr(prefix.size());
        if (digits.empty() || digits.size() > 6) return std::nullopt;
        int n = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    }
    return std::nullopt;
}

std::string read_link(const std::string& path) {
    std::string buffer(256, '\0');
    for (;;) {
        const ssize_t n = ::readlink(path.c_str(), buffer.data(), buffer.size());
        if (n < 0) return std::string();
        if (static_cast<std::size_t>(n) < buffer.size()) {
            buffer.resize(static_cast<std::size_t>(n));
            return buffer;
        }
        buffer.resize(buffer.size() * 2);
    }
}

std::string temp_folder() {
    const char* dir = std::getenv("TMPDIR");
    std::string out = dir != nullptr && *dir != '\0' ? dir : "/tmp";
    if (out.back() != '/') out += '/';
    return out;
}

}  // namespace

void note_input_file(int fd) noexcept {
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
    try {
        const std::lock_guard<std::mutex> lock(inputs_mutex());
        inputs().insert(identity_of(st));
    } catch (...) {
        // Out of memory: the file is not protected, and the read goes on.
    }
}

void forget_input_files() noexcept {
    const std::lock_guard<std::mutex> lock(inputs_mutex());
    inputs().clear();
}

bool has_extension(std::string_view path, std::string_view ext) {
    if (path.size() <= ext.size() || path[path.size() - ext.size() - 1] == '/') return false;
    const std::string_view tail = path.substr(path.size() - ext.size());
    for (std::size_t i = 0; i < ext.size(); ++i) {
        const char a = tail[i] >= 'A' && tail[i] <= 'Z' ? static_cast<char>(tail[i] + 32) : tail[i];
        const char b = ext[i] >= 'A' && ext[i] <= 'Z' ? static_cast<char>(ext[i] + 32) : ext[i];
        if (a != b) return false;
    }
    return true;
}

void check_output_names(const std::vector<std::string>& names) {
    for (const std::string& name : names)
        if (name.empty())
            throw error(errc::usage,
                        "the output file name is empty: give a file name, or leave out -o to "
                        "write to standard output");
}

atomic_output::atomic_output(std::string target) : target_(std::move(target)) {
    if (target_.empty()) throw error(errc::usage, "cannot write a file with an empty name");
    classify();
    if (kind_ == kind::replace) {
        create_temp(folder_of(final_), ".mhf-");
    } else {
        create_temp(temp_folder(), "mhfund-");
    }
}

// Follows symbolic links to the file they name, and decides how to write it (or refuses).
void atomic_output::classify() {
    std::string path = target_;
    struct stat st {};
    for (int hops = 0;; ++hops) {
        if (const std::optional<int> fd = named_descriptor(path)) {
            if (::fstat(*fd, &st) != 0) fail(errno);
            if (S_ISREG(st.st_mode) && is_input(st))
                refuse("it is one of this run's input files (choose another output name)");
            kind_ = kind::descriptor;
            descriptor_ = *fd;
            final_ = path;
            return;
        }
        if (::lstat(path.c_str(), &st) != 0) {
            if (errno != ENOENT) fail(errno);
            break;  // a new file (perhaps where a dangling link points)
        }
        if (!S_ISLNK(st.st_mode)) {
            existed_ = true;
            break;
        }
        if (hops == 40) fail(ELOOP);
        const std::string link = read_link(path);
        if (link.empty()) fail(errno != 0 ? errno : ENOENT);
        path = link.front() == '/' ? link : folder_of(path) + link;
    }
    final_ = path;
    if (!existed_) return;
    if (S_ISDIR(st.st_mode)) refuse("it is a folder, not a file");
    if (S_ISBLK(st.st_mode))
        refuse("it is a block device (a disk); reports go to files, character devices or pipes");
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
        kind_ = kind::device;
        if (::access(final_.c_str(), W_OK) != 0) fail(errno);
        return;
    }
    if (!S_ISREG(st.st_mode)) refuse("it is neither a file, a character device nor a pipe");
    if (is_input(st)) refuse("it is one of this run's input files (choose another output name)");
    // Root may write anything, so the permission bits are looked at as well: a file nobody may
    // write is kept, as it would be for any other user.
    const bool denied = ::access(final_.c_str(), W_OK) != 0;
    if (denied && errno != EACCES) fail(errno);
    if (denied || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        refuse("the file is read-only (make it writable, or choose another output name)");
    mode_ = st.st_mode & 07777;
    uid_ = st.st_uid;
    gid_ = st.st_gid;
}

void atomic_output::create_temp(const std::string& folder, std::string_view prefix) {
    install_signal_handlers();
    // A temporary file outside the target's folder holds a report for a moment in a place
    // others may list: only its owner may read it.
    const mode_t mode = kind_ == kind::replace ? 0666 : 0600;  // less the umask, as for any file
    signals_held held;
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
        std::string candidate = folder + std::string(prefix) + random_suffix();
        fd_ = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd_ >= 0) {
            temp_ = std::move(candidate);
        } else if (errno != EEXIST) {
            if (kind_ == kind::replace) fail(errno);
            refuse("cannot create a temporary file in " + folder + ": " +
                   std::error_code(errno, std::generic_category()).message());
        }
    }
    if (fd_ < 0) fail(EEXIST);
    slot_ = protect(temp_);
    if (kind_ == kind::replace && existed_) {
        // Replacing a file should change neither who owns it nor who may read it. Best
        // effort: the content matters more than the owner and mode it is written with.
        if (::fchown(fd_, uid_, gid_) != 0) {
        }
        if (::fchmod(fd_, static_cast<mode_t>(mode_)) != 0) {
        }
    }
}

atomic_output::~atomic_output() {
    const signals_held held;
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
    unprotect(slot_);
}

void atomic_output::fail(int err) const {
    refuse(std::error_code(err, std::generic_category()).message());
}

void atomic_output::refuse(const std::string& why) const {
    std::string name = target_;
    if (!final_.empty() && final_ != target_) name += " (" + final_ + ")";
    throw error(errc::input, "cannot write " + name + ": " + why);
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
    if (kind_ == kind::replace) {
        const signals_held held;
        if (::rename(temp_.c_str(), final_.c_str()) != 0) fail(errno);
        unprotect(slot_);
    } else {
        copy_to_destination();
    }
    committed_ = true;
}

// A device or a pipe is written, never replaced: the whole content, once it is complete.
void atomic_output::copy_to_destination() {
    const int in = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) fail(errno);
    {
        // The open descriptor keeps the content; the name can go now, so that nothing is left
        // behind if the reader of a pipe goes away (SIGPIPE) or the write blocks and is stopped.
        const signals_held held;
        ::unlink(temp_.c_str());
        unprotect(slot_);
        temp_.clear();
    }
    const bool opened = kind_ == kind::device;
    const int out = opened ? ::open(final_.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY) : descriptor_;
    if (out < 0) {
        const int err = errno;
        ::close(in);
        fail(err);
    }
    const auto give_up = [&](int err) {
        ::close(in);
        if (opened) ::close(out);
        fail(err);
    };
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            give_up(errno);
        }
        std::string_view rest(buffer, static_cast<std::size_t>(n));
        while (!rest.empty()) {
            const ssize_t w = ::write(out, rest.data(), rest.size());
            if (w < 0) {
                if (errno == EINTR) continue;
                give_up(errno);
            }
            rest.remove_prefix(static_cast<std::size_t>(w));
        }
    }
    ::close(in);
    if (opened && ::close(out) != 0) fail(errno);
}

void write_file_atomically(const std::string& path, std::string_view content) {
    atomic_output out(path);
    out.write(content);
    out.commit();
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund
