// Deadlines and eligibility through the C API: was a submission on time, and does one
// application meet an edition's essential criteria (docs/c-api.md, "Deadlines and eligibility").
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "capi.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/applications.hpp"
#include "mhfund/key_dates.hpp"

struct mhf_eligibility {
    struct unmet {
        std::string criterion;
        std::string field;
        std::string message;
    };
    bool eligible = false;
    std::vector<unmet> unmet_list;
};

namespace {

using mhf_detail::copy_out;
using mhf_detail::guarded;
using mhf_detail::out_of_range;

const mhfund::edition& builtin_edition(const char* id) {
    return mhfund::catalogue::builtin().get(id);
}

}  // namespace

extern "C" {

int mhf_deadline_check(int* out_on_time, const char* edition, const char* instant) {
    MHF_REQUIRE(out_on_time);
    MHF_REQUIRE(edition);
    MHF_REQUIRE(instant);
    return guarded(__func__, [&]() -> int {
        const mhfund::deadline_result r = mhfund::check_deadline(builtin_edition(edition), instant);
        *out_on_time = r.on_time ? 1 : 0;
        return MHF_OK;
    });
}

int mhf_deadline_last_on_time(const char* edition, char* buf, size_t buflen, size_t* needed) {
    MHF_REQUIRE(edition);
    return guarded(__func__, [&]() -> int {
        const mhfund::edition& e = builtin_edition(edition);
        if (!e.deadline || !e.deadline->known())
            throw mhfund::error(mhfund::errc::input,
                                "edition " + e.id + " has no application deadline" +
                                    (e.deadline && !e.deadline->note.empty()
                                         ? ": " + e.deadline->note
                                         : std::string(": its documents give none")));
        return copy_out("mhf_deadline_last_on_time",
                        mhfund::to_utc_text(e.deadline->last_on_time()), buf, buflen, needed);
    });
}

int mhf_eligibility_check(mhf_eligibility** out, const char* edition, const char* fields) {
    MHF_REQUIRE(out);
    *out = nullptr;
    MHF_REQUIRE(edition);
    MHF_REQUIRE(fields);
    return guarded(__func__, [&]() -> int {
        const mhfund::catalogue& cat = mhfund::catalogue::builtin();
        const mhfund::edition& e = cat.get(edition);
        mhfund::application a = mhfund::parse_application_fields(fields);
        if (!a.edition.empty() && a.edition != e.id)
            throw mhfund::error(
                mhfund::errc::input,
                "the fields name edition '" + a.edition + "', the call '" + e.id + "'",
                mhfund::source_location{"", 0, "edition"});
        a.edition = e.id;
        // A misspelt key would otherwise read as a value not given.
        const std::vector<std::string> known = mhfund::application_columns(cat);
        for (const auto& [key, value] : a.cells)
            if (std::find(known.begin(), known.end(), key) == known.end()) {
                std::string list;
                for (const std::string& k : known)
                    list += (list.empty() ? "" : ", ") + k;
                throw mhfund::error(mhfund::errc::input,
                                    "unknown field '" + key + "' (expected one of: " + list + ")",
                                    mhfund::source_location{"", 0, key});
            }
        const mhfund::application_result r = mhfund::check_application(e, a);
        auto result = std::make_unique<mhf_eligibility>();
        result->eligible = r.eligible();
        for (const mhfund::criterion_result* u : r.unmet())
            result->unmet_list.push_back({u->id, u->where.field,
                                          mhfund::to_prefix(u->where) + u->text + ": " + u->reason +
                                              (u->source.empty() ? "" : " (" + u->source + ")")});
        *out = result.release();
        return MHF_OK;
    });
}

int mhf_eligibility_eligible(const mhf_eligibility* result, int* out) {
    MHF_REQUIRE(result);
    MHF_REQUIRE(out);
    *out = result->eligible ? 1 : 0;
    return MHF_OK;
}

int mhf_eligibility_unmet_count(const mhf_eligibility* result, size_t* out) {
    MHF_REQUIRE(result);
    MHF_REQUIRE(out);
    *out = result->unmet_list.size();
    return MHF_OK;
}

int mhf_eligibility_unmet_criterion(const mhf_eligibility* result, size_t i, char* buf,
                                    size_t buflen, size_t* needed) {
    MHF_REQUIRE(result);
    if (i >= result->unmet_list.size())
        return out_of_range(__func__, "unmet criterion", i, result->unmet_list.size());
    return copy_out(__func__, result->unmet_list[i].criterion, buf, buflen, needed);
}

int mhf_eligibility_unmet_field(const mhf_eligibility* result, size_t i, char* buf, size_t buflen,
                                size_t* needed) {
    MHF_REQUIRE(result);
    if (i >= result->unmet_list.size())
        return out_of_range(__func__, "unmet criterion", i, result->unmet_list.size());
    return copy_out(__func__, result->unmet_list[i].field, buf, buflen, needed);
}

int mhf_eligibility_unmet_message(const mhf_eligibility* result, size_t i, char* buf, size_t buflen,
                                  size_t* needed) {
    MHF_REQUIRE(result);
    if (i >= result->unmet_list.size())
        return out_of_range(__func__, "unmet criterion", i, result->unmet_list.size());
    return copy_out(__func__, result->unmet_list[i].message, buf, buflen, needed);
}

void mhf_eligibility_free(mhf_eligibility* result) {
    delete result;
}

}  // extern "C"
