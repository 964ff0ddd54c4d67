// Fuzz target: money::parse and half_days::parse. An accepted amount prints and reads back as
// itself in both formats (plain and display); accepted days do the same, and a day rate times
// those days is the one rounding of section 8 rule 1.
#include <optional>
#include <string>

#include "fuzz_target.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"

using namespace mhfund;

MHFUND_FUZZ_TARGET(money) {
    const std::string_view text = mhfund_fuzz::as_text(data, size);
    std::optional<money> amount;
    std::optional<half_days> days;
    mhfund_fuzz::expect_only_input_errors([&] {
        const money m = money::parse(text);
        amount = m;
        const std::string plain = to_plain(m);
        MHFUND_FUZZ_CHECK(money::parse(plain) == m, plain);
        const std::string shown = to_display(m);
        MHFUND_FUZZ_CHECK(money::parse(shown) == m, shown);
        MHFUND_FUZZ_CHECK(fmt::format("{:p}", m) == plain, plain);
    });
    mhfund_fuzz::expect_only_input_errors([&] {
        const half_days d = half_days::parse(text);
        days = d;
        MHFUND_FUZZ_CHECK(d.count() >= 0, std::to_string(d.count()));
        const std::string shown = to_string(d);
        MHFUND_FUZZ_CHECK(half_days::parse(shown) == d, shown);
    });
    if (amount && days) {
        // Both readings of one text: e.g. "7.5" is £7.50 and 7.5 days. days × rate is
        // halves × rate / 2 rounded half-up once, so 2 × line − halves × rate is 0 when the
        // product is even and 1 when it is odd (the half penny goes up, whatever the sign).
        mhfund_fuzz::expect_only_input_errors([&] {
            const money line = day_rate(*amount) * *days;
            const detail::int128 twice = static_cast<detail::int128>(line.pence()) * 2;
            const detail::int128 exact =
                static_cast<detail::int128>(amount->pence()) * days->count();
            const detail::int128 diff = twice - exact;
            MHFUND_FUZZ_CHECK(diff == 0 || diff == 1, to_plain(line));
        });
    }
    return 0;
}
