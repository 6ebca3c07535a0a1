#pragma once

#include <QString>

#include <array>
#include <utility>

namespace deliverboard {

// Stable string ids for enums, kept in one constexpr table per enum. The first row is
// the fallback for unknown values and ids.
template <typename Enum, std::size_t N>
using EnumIdTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
QString idOf(const EnumIdTable<Enum, N>& table, Enum value)
{
    for (const auto& [v, id] : table)
        if (v == value)
            return QString::fromLatin1(id);
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const EnumIdTable<Enum, N>& table, const QString& id)
{
    for (const auto& [v, text] : table)
        if (id == QLatin1String(text))
            return v;
    return table.front().first;
}

} // namespace deliverboard
