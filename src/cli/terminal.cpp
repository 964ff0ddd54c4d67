// How wide the terminal is, for the text tables: they wrap into blocks of columns that fit.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

#include "cli/cli.hpp"
#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {
namespace cli {

std::size_t terminal_width(const output_args& a) {
    constexpr std::size_t fallback = 80;
    if (const char* columns = std::getenv("COLUMNS")) {
        const auto n = detail::parse_whole<std::size_t>(columns);
        if (n && *n > 0) return *n;
    }
    if (!output_file(a).empty() || ::isatty(STDOUT_FILENO) != 1) return fallback;
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return fallback;
}

}  // namespace cli
}  // namespace v1
}  // namespace mhfund
