// Identifiers (TRN, URN, UKPRN) and reference data (built-in editions, Maths Hubs).
#include <string>

#include "capi.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"

namespace {

using mhf_detail::check_index;
using mhf_detail::copy_out;
using mhf_detail::guarded;

// Gives the normalised form of `text`, or throws what `parse` throws.
template <class Parse>
int validate(const char* function, char* out, size_t out_size, size_t* out_len, const char* text,
             Parse parse) {
    return guarded(function, [&] {
        MHF_REQUIRE(text);
        copy_out(parse(text), out, out_size, out_len);
    });
}

// Gives a text field of hub i.
template <class Field>
int hub_text(const char* function, char* out, size_t out_size, size_t* out_len, size_t i,
             Field field) {
    return guarded(function, [&] {
        const auto& hubs = mhfund::all_hubs();
        check_index(i, hubs.size(), "hub");
        copy_out(field(hubs[i]), out, out_size, out_len);
    });
}

}  // namespace

extern "C" {

int mhf_validate_trn(char* out, size_t out_size, size_t* out_len, const char* text) {
    return validate(__func__, out, out_size, out_len, text,
                    [](const char* t) { return mhfund::parse_trn(t).value; });
}

int mhf_validate_urn(char* out, size_t out_size, size_t* out_len, const char* text) {
    return validate(__func__, out, out_size, out_len, text,
                    [](const char* t) { return mhfund::parse_urn(t); });
}

int mhf_validate_ukprn(char* out, size_t out_size, size_t* out_len, const char* text) {
    return validate(__func__, out, out_size, out_len, text,
                    [](const char* t) { return mhfund::parse_ukprn(t); });
}

int mhf_edition_count(size_t* out) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = mhfund::catalogue::builtin().editions().size();
    });
}

int mhf_edition_id(char* out, size_t out_size, size_t* out_len, size_t i) {
    return guarded(__func__, [&] {
        const auto& editions = mhfund::catalogue::builtin().editions();
        check_index(i, editions.size(), "edition");
        copy_out(editions[i].id, out, out_size, out_len);
    });
}

int mhf_hub_count(size_t* out) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = mhfund::all_hubs().size();
    });
}

int mhf_hub_code(char* out, size_t out_size, size_t* out_len, size_t i) {
    return hub_text(__func__, out, out_size, out_len, i, [](const auto& h) { return h.code; });
}

int mhf_hub_name(char* out, size_t out_size, size_t* out_len, size_t i) {
    return hub_text(__func__, out, out_size, out_len, i, [](const auto& h) { return h.name; });
}

}  // extern "C"
