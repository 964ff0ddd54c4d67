// Nothing is lost when writing a report fails (interfaces.md, "The command-line tool": output
// files are written whole or not at all). The `mhfund` binary is run as a user runs it, over a
// previous output file, in two ways that make the write fail:
//  - a full disk: a 64 KiB tmpfs, smaller than the report (needs root, as CI has; skipped with
//    a message where mounting is not permitted);
//  - a target that cannot be replaced: a directory where the report should go (the temporary
//    file is written, the final rename fails).
// Each time the previous output is byte for byte as it was, no temporary file is left beside
// it, the exit code is 1 and the message names the file.
#include <doctest/doctest.h>

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

using mhfund_test::entries;
using mhfund_test::put;
using mhfund_test::scratch_dir;
using mhfund_test::slurp;

#ifdef MHFUND_CLI
const std::string cli = MHFUND_CLI;
#else
const std::string cli;
#endif

// Runs a shell command; its exit code, or -1 when it did not exit normally.
int run(const std::string& command) {
    const int status = std::system(command.c_str());
    return (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
}

// A roster of `n` SMS cohort-7 specialists: by participant, category and month its forecast
// is far more than 64 KiB of CSV (each specialist has some 60 rows of about 35 bytes).
std::string big_roster(int n) {
    std::string csv = "participant,hub,programme,edition,cohort,institution,sle_days\n";
    for (int i = 0; i < n; ++i)
        csv += "P" + std::to_string(i) + ",WM1,sms,sms-2022-cohort7,7," +
               std::to_string(100000 + i) + ",20\n";
    return csv;
}

// A previous report that must survive: recognisable, and not what the CLI would write.
const std::string previous = "participant,category,period,amount\nkept,previous,2023-09,1.00\n";

// A tmpfs mounted for one test and unmounted at its end.
struct small_disk {
    std::string path;
    bool mounted = false;
    explicit small_disk(std::string dir) : path(std::move(dir)) {
        fs::create_directory(path);
        if (geteuid() != 0) return;
        mounted = run("mount -t tmpfs -o size=64k tmpfs '" + path + "' 2>/dev/null") == 0;
    }
    ~small_disk() {
        if (mounted) run("umount '" + path + "'");
    }
};

}  // namespace

TEST_CASE("a full disk: the previous report is kept, no temporary file is left") {
    if (cli.empty()) {
        MESSAGE("skipped: built without MHFUND_CLI (the mhfund binary's path)");
        return;
    }
    scratch_dir dir;
    small_disk disk(dir / "disk");
    if (!disk.mounted) {
        MESSAGE("skipped: cannot mount a 64 KiB tmpfs here (needs root and permission to mount)");
        return;
    }
    put(dir / "roster.csv", big_roster(40));
    const std::string target = disk.path + "/out.csv";
    put(target, previous);
    REQUIRE(slurp(target) == previous);

    const int code = run(cli + " forecast --roster '" + (dir / "roster.csv") +
                         "' --set sle_rate=350.00 --period month --by participant,category" +
                         " --format csv -o '" + target + "' >'" + (dir / "stdout") + "' 2>'" +
                         (dir / "stderr") + "'");

    CHECK(code == 1);
    CHECK(slurp(target) == previous);
    CHECK(entries(disk.path) == std::set<std::string>{"out.csv"});
    const std::string message = slurp(dir / "stderr");
    CAPTURE(message);
    CHECK(message.find("cannot write " + target) != std::string::npos);
    CHECK(message.find("No space left on device") != std::string::npos);

    // The same report written where there is room is indeed bigger than the disk, so the
    // failure above was the disk filling up mid-report.
    CHECK(run(cli + " forecast --roster '" + (dir / "roster.csv") +
              "' --set sle_rate=350.00 --period month --by participant,category --format csv -o '" +
              (dir / "room.csv") + "'") == 0);
    CHECK(fs::file_size(dir / "room.csv") > 64 * 1024);
}

TEST_CASE("a target that cannot be replaced: the previous output is kept, no temporary file") {
    if (cli.empty()) {
        MESSAGE("skipped: built without MHFUND_CLI (the mhfund binary's path)");
        return;
    }
    // out.csv is a directory holding a previous report: the CLI writes its temporary file
    // beside it, and the rename over a non-empty directory fails.
    scratch_dir dir;
    fs::create_directory(dir / "out.csv");
    put(dir / "out.csv/previous.csv", previous);
    const std::string target = dir / "out.csv";

    const int code = run(cli + " forecast --period month --by participant,category -o '" + target +
                         "' >'" + (dir / "stdout") + "' 2>'" + (dir / "stderr") + "'");

    CHECK(code == 1);
    CHECK(fs::is_directory(target));
    CHECK(entries(target) == std::set<std::string>{"previous.csv"});
    CHECK(slurp(dir / "out.csv/previous.csv") == previous);
    CHECK(entries(dir.path) == std::set<std::string>{"out.csv", "stdout", "stderr"});
    const std::string message = slurp(dir / "stderr");
    CAPTURE(message);
    CHECK(message.find("cannot write " + target) != std::string::npos);
}
