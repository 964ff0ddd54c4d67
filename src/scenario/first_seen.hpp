// Where each id was first seen, to report a repeated participant id with the line of its first
// occurrence.
#ifndef MHFUND_SRC_SCENARIO_FIRST_SEEN_HPP
#define MHFUND_SRC_SCENARIO_FIRST_SEEN_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// A set of ids with the line each was first seen on.
///
/// An open-addressing table (linear probing, at most half full) of 8-byte slots: a national
/// roster has a million ids, and `std::unordered_map` cost a node allocation and two cache
/// misses per id, which was 40% of reading the roster (docs/performance.md). A slot holds 32
/// bits of the id's hash and its place in `ids_`, so the table of a million ids (16 MiB) stays
/// in the cache; the id itself is compared only when the hash bits match. The viewed ids must
/// outlive the set.
class first_seen {
  public:
    /// A set for up to `expected` ids without growing.
    explicit first_seen(std::size_t expected) {
        ids_.reserve(expected);
        rehash(expected);
    }

    /// Adds `id`, seen on `line` (0 if not from a file). Returns nullopt if it is new, or the
    /// line of its first occurrence if it was seen before (and then keeps that first line).
    std::optional<long> insert(std::string_view id, long line) {
        if (ids_.size() >= std::numeric_limits<std::uint32_t>::max())
            throw error(errc::input, "more than 4,294,967,295 rows");
        if (2 * (ids_.size() + 1) > slots_.size()) rehash(2 * ids_.size() + 2);
        const std::size_t hash = std::hash<std::string_view>{}(id);
        slot& s = find(id, hash);
        if (s.used()) return ids_[s.index_of()].line;
        s = slot{static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(ids_.size()) + 1};
        ids_.push_back(entry{id, line});
        return std::nullopt;
    }

  private:
    struct entry {
        std::string_view id;
        long line;
    };
    struct slot {
        std::uint32_t hash = 0;   ///< the low 32 bits of the id's hash
        std::uint32_t place = 0;  ///< 1 + the id's index in `ids_`; 0: an empty slot
        bool used() const { return place != 0; }
        std::uint32_t index_of() const { return place - 1; }
    };

    slot& find(std::string_view id, std::size_t hash) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            slot& s = slots_[i];
            if (!s.used() ||
                (s.hash == static_cast<std::uint32_t>(hash) && ids_[s.index_of()].id == id))
                return s;
        }
    }

    /// Room for `expected` ids: a power of two of at least twice as many slots.
    void rehash(std::size_t expected) {
        std::size_t n = 16;
        while (n < 2 * expected)
            n *= 2;
        slots_.assign(n, slot{});
        for (std::size_t k = 0; k < ids_.size(); ++k) {
            const std::size_t hash = std::hash<std::string_view>{}(ids_[k].id);
            find(ids_[k].id, hash) =
                slot{static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(k) + 1};
        }
    }

    std::vector<entry> ids_;  ///< in the order they were first seen
    std::vector<slot> slots_;
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
