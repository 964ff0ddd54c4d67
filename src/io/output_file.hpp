// Output files are written whole or not at all (interfaces.md, "The command-line tool"): each
// is written to a temporary file beside its target and renamed over it only when complete, so
// that a failed run leaves any previous file as it was and no half-written one.
#ifndef MHFUND_SRC_IO_OUTPUT_FILE_HPP
#define MHFUND_SRC_IO_OUTPUT_FILE_HPP

#include <string>
#include <string_view>

namespace mhfund {
inline namespace v1 {
namespace io {

/// A temporary file beside `target` (`target + ".tmp-XXXXXX"`, created on construction) that
/// becomes `target` on `commit()`. Writers either call `write` or, when a library must open the
/// file itself (libxlsxwriter), write to `temp_path()` and then call `commit()`.
/// Every failure throws mhfund::error(errc::input, "cannot write TARGET: <reason>").
class atomic_output {
  public:
    /// Creates the temporary file, in the target's directory so that the final rename stays on
    /// one file system. Its permissions are those a new file would get (0666 less the umask),
    /// or those of the file it replaces.
    explicit atomic_output(std::string target);
    atomic_output(const atomic_output&) = delete;
    atomic_output& operator=(const atomic_output&) = delete;
    /// Removes the temporary file unless committed.
    ~atomic_output();

    const std::string& target() const noexcept { return target_; }
    const std::string& temp_path() const noexcept { return temp_; }

    /// Appends to the temporary file.
    void write(std::string_view data);
    /// Closes the temporary file and renames it over the target. After a failure the target
    /// is untouched and the destructor removes the temporary file.
    void commit();

  private:
    [[noreturn]] void fail(int err) const;
    void close_file();

    std::string target_;
    std::string temp_;
    int fd_ = -1;
    bool committed_ = false;
};

/// Replaces (or creates) the file at `path` with `content`, whole or not at all.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace io
}  // namespace v1
}  // namespace mhfund

#endif
