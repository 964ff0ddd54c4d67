// Output files are written whole or not at all, and destroy nothing: a failure leaves the
// previous file intact and no temporary file behind; an input of the run, a read-only file, a
// folder and a block device are refused; a symbolic link is written through; a device, a FIFO
// or a pipe is written, never replaced; a signal removes the temporary file. (Tests may run as
// root, where permissions do not stop writes, so failures are made with paths that cannot
// exist, and read-only means no write bit at all.)
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "io/output_file.hpp"
#include "mhfund/error.hpp"

#include "support.hpp"

namespace fs = std::filesystem;
using mhfund::errc;
using mhfund::error;
using mhfund::io::atomic_output;
using mhfund::io::check_output_names;
using mhfund::io::forget_input_files;
using mhfund::io::has_extension;
using mhfund::io::note_input_file;
using mhfund::io::write_file_atomically;

namespace {

using mhfund_test::contains;
using mhfund_test::put;
using mhfund_test::scratch_dir;
using mhfund_test::slurp;

}  // namespace

TEST_CASE("write_file_atomically creates a file") {
    scratch_dir dir;
    write_file_atomically(dir / "out.csv", "a,b\n1,2\n");
    CHECK(slurp(dir / "out.csv") == "a,b\n1,2\n");
    CHECK(dir.entries() == std::set<std::string>{"out.csv"});
}

TEST_CASE("write_file_atomically replaces the whole content") {
    scratch_dir dir;
    put(dir / "out.csv", "an old, longer content\nwith two lines\n");
    write_file_atomically(dir / "out.csv", "new\n");
    CHECK(slurp(dir / "out.csv") == "new\n");
    write_file_atomically(dir / "out.csv", "");
    CHECK(slurp(dir / "out.csv") == "");
    CHECK(dir.entries() == std::set<std::string>{"out.csv"});
}

TEST_CASE("binary content is written byte for byte") {
    scratch_dir dir;
    const std::string bytes("PK\x03\x04\0\xff\r\n\n", 9);
    write_file_atomically(dir / "book.xlsx", bytes);
    CHECK(slurp(dir / "book.xlsx") == bytes);
}

TEST_CASE("a directory that does not exist: an error, nothing written") {
    scratch_dir dir;
    const std::string target = dir / "missing/out.csv";
    try {
        write_file_atomically(target, "x\n");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == errc::input);
        CHECK(std::string(e.what()) == "cannot write " + target + ": No such file or directory");
    }
    CHECK(dir.entries().empty());
}

TEST_CASE("a parent that is a regular file: an error, the file intact") {
    scratch_dir dir;
    put(dir / "plain.txt", "keep me\n");
    const std::string target = dir / "plain.txt/out.csv";
    try {
        write_file_atomically(target, "x\n");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == errc::input);
        CHECK(std::string(e.what()) == "cannot write " + target + ": Not a directory");
    }
    CHECK(slurp(dir / "plain.txt") == "keep me\n");
    CHECK(dir.entries() == std::set<std::string>{"plain.txt"});
}

TEST_CASE("a folder is refused, its content intact") {
    scratch_dir dir;
    fs::create_directory(dir / "report");
    put(dir / "report/old.csv", "old\n");
    const std::string message = [&] {
        try {
            write_file_atomically(dir / "report", "new\n");
        } catch (const error& e) {
            CHECK(e.code() == errc::input);
            return std::string(e.what());
        }
        return std::string();
    }();
    CHECK(message == "cannot write " + (dir / "report") + ": it is a folder, not a file");
    CHECK(dir.entries() == std::set<std::string>{"report"});
    CHECK(slurp(dir / "report/old.csv") == "old\n");
}

TEST_CASE("atomic_output: nothing reaches the target until commit") {
    scratch_dir dir;
    put(dir / "out.json", "{\"old\": true}\n");
    {
        atomic_output out(dir / "out.json");
        CHECK(out.target() == dir / "out.json");
        CHECK(out.temp_path().rfind(dir / ".mhf-", 0) == 0);
        CHECK(out.temp_path().size() == (dir / ".mhf-").size() + 6);
        out.write("{\"new\": ");
        CHECK(fs::exists(out.temp_path()));
        CHECK(slurp(dir / "out.json") == "{\"old\": true}\n");
        // Abandoned (say, a bad value found while writing): the destructor cleans up.
    }
    CHECK(slurp(dir / "out.json") == "{\"old\": true}\n");
    CHECK(dir.entries() == std::set<std::string>{"out.json"});
}

TEST_CASE("atomic_output: a library that writes to the temporary path itself") {
    scratch_dir dir;
    atomic_output out(dir / "book.xlsx");
    put(out.temp_path(), "written by someone else");
    out.commit();
    CHECK(slurp(dir / "book.xlsx") == "written by someone else");
    CHECK(dir.entries() == std::set<std::string>{"book.xlsx"});
}

TEST_CASE("two outputs for the same target get different temporary files") {
    scratch_dir dir;
    atomic_output a(dir / "out.csv");
    atomic_output b(dir / "out.csv");
    CHECK(a.temp_path() != b.temp_path());
    a.write("a\n");
    b.write("b\n");
    a.commit();
    b.commit();
    CHECK(slurp(dir / "out.csv") == "b\n");
    CHECK(dir.entries() == std::set<std::string>{"out.csv"});
}

TEST_CASE("permissions: a new file follows the umask, a replaced file keeps its mode") {
    scratch_dir dir;
    const mode_t old_mask = umask(022);
    write_file_atomically(dir / "new.csv", "x\n");
    umask(old_mask);
    struct stat st {};
    REQUIRE(stat((dir / "new.csv").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0644);

    put(dir / "private.csv", "old\n");
    REQUIRE(chmod((dir / "private.csv").c_str(), 0600) == 0);
    write_file_atomically(dir / "private.csv", "new\n");
    REQUIRE(stat((dir / "private.csv").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("an empty name is a usage error") {
    try {
        write_file_atomically("", "x");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == errc::usage);
    }
}

namespace {

std::string error_text(const std::string& target, const std::string& content = "new\n") {
    try {
        write_file_atomically(target, content);
    } catch (const error& e) {
        CHECK(e.code() == errc::input);
        return e.what();
    }
    return "";
}

bool is_symlink(const std::string& path) {
    struct stat st {};
    return lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

}  // namespace

TEST_CASE("temporary names are short: a 250-character name can be written") {
    scratch_dir dir;
    const std::string name(246, 'n');
    write_file_atomically(dir / (name + ".csv"), "a\n");
    CHECK(slurp(dir / (name + ".csv")) == "a\n");
    CHECK(dir.entries() == std::set<std::string>{name + ".csv"});
}

TEST_CASE("a symbolic link: the file it points to is replaced, the link kept") {
    scratch_dir dir;
    fs::create_directory(dir / "real");
    put(dir / "real/report.csv", "old\n");
    REQUIRE(symlink("real/report.csv", (dir / "link.csv").c_str()) == 0);
    // A chain of links, the second relative to the folder of the first.
    REQUIRE(symlink((dir / "link.csv").c_str(), (dir / "real/again.csv").c_str()) == 0);

    write_file_atomically(dir / "link.csv", "new\n");
    CHECK(is_symlink(dir / "link.csv"));
    CHECK(slurp(dir / "real/report.csv") == "new\n");
    write_file_atomically(dir / "real/again.csv", "newer\n");
    CHECK(is_symlink(dir / "real/again.csv"));
    CHECK(slurp(dir / "real/report.csv") == "newer\n");
    // The temporary file was made beside the target, and is gone.
    CHECK(dir.entries() == std::set<std::string>{"link.csv", "real"});
    CHECK(mhfund_test::entries(dir / "real") == std::set<std::string>{"again.csv", "report.csv"});
}

TEST_CASE("a dangling symbolic link: the file it names is created, the link kept") {
    scratch_dir dir;
    REQUIRE(symlink("made.csv", (dir / "link.csv").c_str()) == 0);
    write_file_atomically(dir / "link.csv", "x\n");
    CHECK(is_symlink(dir / "link.csv"));
    CHECK(slurp(dir / "made.csv") == "x\n");
}

TEST_CASE("a loop of symbolic links is an error, the links kept") {
    scratch_dir dir;
    REQUIRE(symlink("b", (dir / "a").c_str()) == 0);
    REQUIRE(symlink("a", (dir / "b").c_str()) == 0);
    CHECK(contains(error_text(dir / "a"), "Too many levels of symbolic links"));
    CHECK(dir.entries() == std::set<std::string>{"a", "b"});
}

TEST_CASE("a read-only file is refused and kept, whoever runs") {
    scratch_dir dir;
    put(dir / "locked.csv", "keep\n");
    REQUIRE(chmod((dir / "locked.csv").c_str(), 0444) == 0);
    const std::string message = error_text(dir / "locked.csv");
    CHECK(message == "cannot write " + (dir / "locked.csv") +
                         ": the file is read-only (make it writable, or choose another output "
                         "name)");
    CHECK(slurp(dir / "locked.csv") == "keep\n");
    CHECK(dir.entries() == std::set<std::string>{"locked.csv"});
    // Through a link, the message names both.
    REQUIRE(symlink("locked.csv", (dir / "link.csv").c_str()) == 0);
    CHECK(contains(error_text(dir / "link.csv"),
                   "cannot write " + (dir / "link.csv") + " (" + (dir / "locked.csv") + "): "));
    CHECK(slurp(dir / "locked.csv") == "keep\n");
}

TEST_CASE("an input of this run is refused, by device and inode") {
    scratch_dir dir;
    put(dir / "roster.csv", "participant\nP1\n");
    REQUIRE(link((dir / "roster.csv").c_str(), (dir / "second-name.csv").c_str()) == 0);
    REQUIRE(symlink("roster.csv", (dir / "link.csv").c_str()) == 0);
    {
        const int fd = open((dir / "roster.csv").c_str(), O_RDONLY);
        REQUIRE(fd >= 0);
        note_input_file(fd);
        close(fd);
    }
    for (const char* name : {"roster.csv", "second-name.csv", "link.csv"}) {
        INFO(name);
        CHECK(contains(error_text(dir / name), "it is one of this run's input files"));
        CHECK(slurp(dir / "roster.csv") == "participant\nP1\n");
    }
    CHECK(dir.entries() == std::set<std::string>{"link.csv", "roster.csv", "second-name.csv"});

    // Another file is not an input.
    write_file_atomically(dir / "out.csv", "x\n");
    // Forgotten, the file may be replaced again.
    forget_input_files();
    write_file_atomically(dir / "roster.csv", "replaced\n");
    CHECK(slurp(dir / "roster.csv") == "replaced\n");
}

TEST_CASE("a file changed since it was read is no longer taken for the input") {
    scratch_dir dir;
    put(dir / "roster.csv", "participant\nP1\n");
    const int fd = open((dir / "roster.csv").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    note_input_file(fd);
    close(fd);
    put(dir / "roster.csv", "participant\nP1\nP2\n");  // same inode, another size
    write_file_atomically(dir / "roster.csv", "out\n");
    CHECK(slurp(dir / "roster.csv") == "out\n");
    forget_input_files();
}

TEST_CASE("a pipe or a device is read from, not remembered as an input") {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    note_input_file(fds[0]);  // nothing to remember: not a regular file
    close(fds[0]);
    close(fds[1]);
}

TEST_CASE("a FIFO is written, not replaced") {
    scratch_dir dir;
    REQUIRE(mkfifo((dir / "fifo").c_str(), 0644) == 0);
    std::string received;
    std::thread reader([&] { received = slurp(dir / "fifo"); });
    write_file_atomically(dir / "fifo", "through the fifo\n");
    reader.join();
    CHECK(received == "through the fifo\n");
    struct stat st {};
    REQUIRE(lstat((dir / "fifo").c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(dir.entries() == std::set<std::string>{"fifo"});
}

TEST_CASE("a character device is written, not replaced: /dev/null") {
    if (access("/dev/null", W_OK) != 0) return;
    struct stat before {};
    REQUIRE(stat("/dev/null", &before) == 0);
    write_file_atomically("/dev/null", "into nothing\n");
    atomic_output out("/dev/null");
    // The content waits in a temporary file outside /dev until the commit.
    CHECK(out.temp_path().rfind("/dev/", 0) != 0);
    out.write("x");
    out.commit();
    struct stat after {};
    REQUIRE(stat("/dev/null", &after) == 0);
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_rdev == before.st_rdev);
    CHECK(after.st_ino == before.st_ino);
}

TEST_CASE("a device node made for the test is written, not replaced (root only)") {
    if (geteuid() != 0) return;
    scratch_dir dir;
    // 1,3 is /dev/null's device number.
    if (mknod((dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) return;
    write_file_atomically(dir / "null", "into nothing\n");
    struct stat st {};
    REQUIRE(lstat((dir / "null").c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK(dir.entries() == std::set<std::string>{"null"});
}

TEST_CASE("/dev/fd/N: written through the descriptor itself") {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    write_file_atomically("/dev/fd/" + std::to_string(fds[1]), "down the pipe\n");
    close(fds[1]);
    std::string got;
    char buffer[64];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        got.append(buffer, static_cast<std::size_t>(n));
    close(fds[0]);
    CHECK(got == "down the pipe\n");
}

TEST_CASE(
    "a temporary file is removed by SIGINT, SIGTERM and SIGHUP, and the signal ends the "
    "process") {
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
        INFO(sig);
        scratch_dir dir;
        put(dir / "out.csv", "previous\n");
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // The child: a half-written output, then the signal.
            signal(sig, SIG_DFL);
            atomic_output out(dir / "out.csv");
            out.write("half of a rep");
            raise(sig);
            _exit(0);  // not reached: the signal ends the process
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == sig);
        CHECK(dir.entries() == std::set<std::string>{"out.csv"});
        CHECK(slurp(dir / "out.csv") == "previous\n");
    }
}

TEST_CASE("has_extension ignores case, and needs a name before the extension") {
    CHECK(has_extension("out.csv", ".csv"));
    CHECK(has_extension("out.CSV", ".csv"));
    CHECK(has_extension("dir/Forecast.Xlsx", ".xlsx"));
    CHECK_FALSE(has_extension("out.csv.txt", ".csv"));
    CHECK_FALSE(has_extension(".csv", ".csv"));
    CHECK_FALSE(has_extension("dir/.csv", ".csv"));
    CHECK_FALSE(has_extension("outcsv", ".csv"));
}

TEST_CASE("an empty output name given to -o is a usage error") {
    check_output_names({});
    check_output_names({"out.csv"});
    try {
        check_output_names({""});
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == errc::usage);
        CHECK(contains(e.what(), "empty"));
    }
}
