// The catalogue: the programme editions and the rate card a computation uses. The built-in one
// is read from data files embedded in the library; a scenario starts from a copy and adds its
// own editions and rates.
#ifndef MHFUND_CATALOGUE_HPP
#define MHFUND_CATALOGUE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "mhfund/edition.hpp"
#include "mhfund/rates.hpp"

namespace mhfund {
inline namespace v1 {

/// The programme editions and the rate card a computation uses. builtin() is the one shipped
/// with the library; a scenario starts from a copy of it and adds its own editions and rates.
class catalogue {
  public:
    /// The editions and rate card shipped with the library (src/data). Read once, thread-safe.
    static const catalogue& builtin();

    /// Adds an edition; an id already in the catalogue is an input error naming both files.
    void add(edition e);
    /// Reads an edition file (TOML) and adds it.
    void add_file(const std::string& path);

    /// The edition `id`, or nullptr when there is none.
    const edition* find(std::string_view id) const;
    /// The edition `id`; an unknown id is an input error listing the known ones.
    const edition& get(std::string_view id) const;
    /// Every edition, in the order they were added.
    const std::vector<edition>& editions() const { return editions_; }

    /// The rate card.
    ///@{
    rate_card& rates() { return rates_; }
    const rate_card& rates() const { return rates_; }
    ///@}

  private:
    std::vector<edition> editions_;
    rate_card rates_;
};

/// The text of a file embedded in the library, by its path under src/data (e.g.
/// `editions/wg-2024.toml`, `default-scenario.toml`); empty when there is none.
std::string_view embedded_file(std::string_view path);

}  // namespace v1
}  // namespace mhfund

#endif
