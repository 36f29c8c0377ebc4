#pragma once

// Tables that map an enum to its wire name and translated label, shared by
// Vocabulary and FileState. Not part of the public API.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Plenary::WireNames {

template <typename E> struct Entry {
    E value;
    const char *wire;  ///< "" for a value that has no wire name
    const char *label; ///< marked with QT_TRANSLATE_NOOP in the table's context
};

template <typename E, std::size_t N> QString wireOf(const std::array<Entry<E>, N> &table, E value) {
    for (const auto &e : table)
        if (e.value == value)
            return QString::fromLatin1(e.wire);
    return {};
}

template <typename E, std::size_t N>
QString labelOf(const char *context, const std::array<Entry<E>, N> &table, E value) {
    for (const auto &e : table)
        if (e.value == value)
            return *e.label ? QCoreApplication::translate(context, e.label) : QString();
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromWire(const std::array<Entry<E>, N> &table, const QString &name) {
    for (const auto &e : table)
        if (name == QLatin1String(e.wire))
            return e.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList namesOf(const std::array<Entry<E>, N> &table) {
    QStringList names;
    for (const auto &e : table)
        if (*e.wire)
            names << QString::fromLatin1(e.wire);
    return names;
}

} // namespace Plenary::WireNames
