// Identifiers (TRN, URN, UKPRN) and reference data (built-in editions, Maths Hubs).
#include <string>

#include "capi.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"

namespace {

using mhf_detail::copy_out;
using mhf_detail::guarded;
using mhf_detail::out_of_range;

template <class Parse>
int validate(const char* function, const char* text, char* buf, size_t buflen, size_t* needed,
             Parse parse) {
    return guarded(function, [&]() -> int {
        const std::string normalised = parse(text);
        return copy_out(function, normalised, buf, buflen, needed);
    });
}

}  // namespace

extern "C" {

int mhf_validate_trn(const char* text, char* buf, size_t buflen, size_t* needed) {
    MHF_REQUIRE(text);
    return validate(__func__, text, buf, buflen, needed,
                    [](const char* t) { return mhfund::parse_trn(t).value; });
}

int mhf_validate_urn(const char* text, char* buf, size_t buflen, size_t* needed) {
    MHF_REQUIRE(text);
    return validate(__func__, text, buf, buflen, needed,
                    [](const char* t) { return mhfund::parse_urn(t); });
}

int mhf_validate_ukprn(const char* text, char* buf, size_t buflen, size_t* needed) {
    MHF_REQUIRE(text);
    return validate(__func__, text, buf, buflen, needed,
                    [](const char* t) { return mhfund::parse_ukprn(t); });
}

int mhf_edition_count(size_t* out) {
    MHF_REQUIRE(out);
    return guarded(__func__, [&]() -> int {
        *out = mhfund::catalogue::builtin().editions().size();
        return MHF_OK;
    });
}

int mhf_edition_id(size_t i, char* buf, size_t buflen, size_t* needed) {
    return guarded(__func__, [&]() -> int {
        const auto& editions = mhfund::catalogue::builtin().editions();
        if (i >= editions.size())
            return out_of_range("mhf_edition_id", "edition", i, editions.size());
        return copy_out("mhf_edition_id", editions[i].id, buf, buflen, needed);
    });
}

int mhf_hub_count(size_t* out) {
    MHF_REQUIRE(out);
    *out = mhfund::all_hubs().size();
    return MHF_OK;
}

int mhf_hub_code(size_t i, char* buf, size_t buflen, size_t* needed) {
    const auto& hubs = mhfund::all_hubs();
    if (i >= hubs.size()) return out_of_range(__func__, "hub", i, hubs.size());
    return copy_out(__func__, hubs[i].code, buf, buflen, needed);
}

int mhf_hub_name(size_t i, char* buf, size_t buflen, size_t* needed) {
    const auto& hubs = mhfund::all_hubs();
    if (i >= hubs.size()) return out_of_range(__func__, "hub", i, hubs.size());
    return copy_out(__func__, hubs[i].name, buf, buflen, needed);
}

}  // extern "C"
