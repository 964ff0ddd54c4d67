// The HTML report's names for people: a group key such as `fe` or `WM1` shown as the edition
// titles or the hub's name, with the code kept beside it where it helps to match other outputs.
#include <algorithm>

#include "mhfund/detail/text.hpp"
#include "mhfund/hubs.hpp"
#include "report/html.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

programme_names programme_titles(const scenario& s) {
    programme_names titles;
    auto add = [&](const std::string& edition_id) {
        const edition* ed = s.cat.find(edition_id);
        if (!ed) return;
        std::vector<std::string>& list = titles[ed->programme];
        if (std::find(list.begin(), list.end(), ed->title) == list.end()) list.push_back(ed->title);
    };
    for (const participant& p : s.roster)
        add(p.edition);
    for (const workgroup_department& d : s.departments)
        add(d.edition);
    return titles;
}

std::string key_name(const scenario& s, const programme_names& titles, dimension d,
                     const std::string& key) {
    if (key.empty()) return "(none)";
    switch (d) {
        case dimension::programme: {
            const auto t = titles.find(key);
            if (t == titles.end()) return key;
            return detail::join(t->second, "; ") + " (" + key + ")";
        }
        case dimension::hub: {
            const hub* h = find_hub(key);
            return h ? std::string(h->name) + " (" + key + ")" : key;
        }
        case dimension::edition: {
            const edition* ed = s.cat.find(key);
            return ed ? ed->title + " (" + key + ")" : key;
        }
        default:
            return key;
    }
}

void set_names(grid& g, const scenario& s, const programme_names& titles) {
    g.names.clear();
    for (const std::vector<std::string>& keys : g.keys) {
        std::string name;
        for (std::size_t i = 0; i < keys.size() && i < g.by.size(); ++i)
            name += (i ? " / " : "") + key_name(s, titles, g.by[i], keys[i]);
        g.names.push_back(name.empty() ? std::string("All") : name);
    }
}

std::string groups_heading(const std::vector<dimension>& by) {
    if (by.empty()) return "All";
    std::string out;
    for (const dimension d : by) {
        std::string word(to_string(d));
        std::replace(word.begin(), word.end(), '_', ' ');
        if (out.empty()) word[0] = static_cast<char>(word[0] - 'a' + 'A');
        out += (out.empty() ? "" : " / ") + word;
    }
    return out;
}

}  // namespace report
}  // namespace v1
}  // namespace mhfund
