// Money and days as text, read by the library's own parsers (money::parse, half_days::parse),
// so that a binding reads "1,234.56" and refuses "1e3" exactly as scenario files and --set do,
// rather than with a parser of its own that would disagree.
#include "capi.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"

namespace {

// Runs `parse` on `text` into *out (named `out_name`); `field` (nullable) names the value in
// the message of a failure.
template <class Parse>
int parse_into(const char* function, int64_t* out, const char* out_name, const char* text,
               const char* field, Parse parse) {
    return mhf_detail::guarded(function, [&] {
        mhf_detail::require(out, out_name);
        *out = 0;
        MHF_REQUIRE(text);
        try {
            *out = parse(text);
        } catch (const mhfund::error& e) {
            if (field == nullptr) throw;
            mhfund::rethrow_at(e, mhfund::source_location{"", 0, field});
        }
    });
}

}  // namespace

extern "C" {

int mhf_money_parse(int64_t* out_pence, const char* text, const char* field) {
    return parse_into(__func__, out_pence, "out_pence", text, field,
                      [](const char* t) { return mhfund::money::parse(t).pence(); });
}

int mhf_days_parse(int64_t* out_half_days, const char* text, const char* field) {
    return parse_into(__func__, out_half_days, "out_half_days", text, field,
                      [](const char* t) { return mhfund::half_days::parse(t).count(); });
}

}  // extern "C"
