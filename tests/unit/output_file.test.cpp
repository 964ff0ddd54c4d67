// Output files are written whole or not at all: a failure leaves the previous file intact and
// no temporary file behind. (Tests run as root, where permissions do not stop writes, so the
// failures are made with paths that cannot exist.)
#include <doctest/doctest.h>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "io/output_file.hpp"
#include "mhfund/error.hpp"

#include "support.hpp"

namespace fs = std::filesystem;
using mhfund::errc;
using mhfund::error;
using mhfund::io::atomic_output;
using mhfund::io::write_file_atomically;

namespace {

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

TEST_CASE("a failed rename leaves the old target and no temporary file") {
    // The temporary file is created and written; only the final rename fails, because the
    // target is a non-empty directory.
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
    CHECK(message.rfind("cannot write " + (dir / "report") + ": ", 0) == 0);
    CHECK(dir.entries() == std::set<std::string>{"report"});
    CHECK(slurp(dir / "report/old.csv") == "old\n");
}

TEST_CASE("atomic_output: nothing reaches the target until commit") {
    scratch_dir dir;
    put(dir / "out.json", "{\"old\": true}\n");
    {
        atomic_output out(dir / "out.json");
        CHECK(out.target() == dir / "out.json");
        CHECK(out.temp_path().rfind(dir / "out.json.tmp-", 0) == 0);
        CHECK(out.temp_path().size() == (dir / "out.json.tmp-").size() + 6);
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
