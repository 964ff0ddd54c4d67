// Output files are written whole or not at all (interfaces.md, "The command-line tool"), and an
// output never destroys anything (docs/design/outputs.md): not an input of the same run, not
// a symbolic link, not a device node, not a read-only file, and no temporary file is left
// behind by a failure or by SIGINT, SIGTERM or SIGHUP.
#ifndef MHFUND_SRC_IO_OUTPUT_FILE_HPP
#define MHFUND_SRC_IO_OUTPUT_FILE_HPP

#include <string>
#include <string_view>
#include <vector>

namespace mhfund {
inline namespace v1 {
namespace io {

/// Remembers that this process read the regular file open on `fd` (its device, inode, size
/// and modification time), so that no output replaces it while it is as it was when read.
/// Anything but a regular file (a pipe, a device) is not remembered. Called by the readers
/// (read_text_file); thread-safe.
void note_input_file(int fd) noexcept;
/// Forgets every file note_input_file remembered (a host that starts a new run; tests).
void forget_input_files() noexcept;

/// True when `path` ends with `ext` (".csv"), ignoring ASCII case, and has a name before it:
/// `out.CSV` is a CSV file, `.csv` alone is not.
bool has_extension(std::string_view path, std::string_view ext);

/// The names given to an output option (the CLI's `-o`): an empty one is a usage error, since
/// an empty name would otherwise quietly mean standard output.
void check_output_names(const std::vector<std::string>& names);

/// A temporary file that becomes `target` on `commit()`. Writers either call `write` or, when a
/// library must open the file itself (libxlsxwriter), write to `temp_path()` and then call
/// `commit()`. What `target` is decides how it is written:
/// - a regular file or a new name: a temporary file `.mhf-XXXXXX` in the same folder (a short
///   name, so that any name that fits the folder fits), renamed over the target on commit;
/// - a symbolic link: the same, in the folder of the file it points to; the link is kept;
/// - a character device, a FIFO or a pipe (`/dev/null`, `/dev/stdout`): the temporary file is in
///   $TMPDIR (else /tmp) and its content is written to the target on commit, which is never
///   replaced or created;
/// - refused, before anything is written: a file this process read as input (same device and
///   inode, see note_input_file), a read-only file, a folder, a block device or a socket.
/// Every failure throws mhfund::error(errc::input, "cannot write TARGET: <reason>"). While the
/// temporary file exists, SIGINT, SIGTERM and SIGHUP remove it before ending the process (when
/// the process left those signals at their default action).
class atomic_output {
  public:
    /// Checks the target and creates the temporary file. Its permissions are those a new file
    /// would get (0666 less the umask), or those of the file it replaces.
    explicit atomic_output(std::string target);
    atomic_output(const atomic_output&) = delete;
    atomic_output& operator=(const atomic_output&) = delete;
    /// Removes the temporary file unless committed.
    ~atomic_output();

    /// The name as given.
    const std::string& target() const noexcept { return target_; }
    /// Where the content goes until commit.
    const std::string& temp_path() const noexcept { return temp_; }

    /// Appends to the temporary file.
    void write(std::string_view data);
    /// Closes the temporary file and renames it over the target (or, for a device or a pipe,
    /// copies it there). After a failure a replaced target is untouched and the destructor
    /// removes the temporary file.
    void commit();

  private:
    enum class kind { replace, device, descriptor };

    [[noreturn]] void fail(int err) const;
    [[noreturn]] void refuse(const std::string& why) const;
    void classify();
    void create_temp(const std::string& folder, std::string_view prefix);
    void close_file();
    void copy_to_destination();

    std::string target_;
    std::string final_;  ///< the target with symbolic links followed
    std::string temp_;
    kind kind_ = kind::replace;
    int descriptor_ = -1;  ///< for kind::descriptor: the descriptor `/dev/fd/N` names
    bool existed_ = false;
    unsigned mode_ = 0;  ///< the replaced file's permission bits (when existed_)
    unsigned uid_ = 0, gid_ = 0;
    int fd_ = -1;
    int slot_ = -1;  ///< the signal handler's record of temp_, or -1
    bool committed_ = false;
};

/// Replaces (or creates) the file at `path` with `content`, whole or not at all.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace io
}  // namespace v1
}  // namespace mhfund

#endif
