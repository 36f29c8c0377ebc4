#pragma once

// Conversions between the store's columns and Qt values, shared by the
// Store's implementation files. Not part of the public API.

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

namespace Plenary::StoreValues {

// Dates and times are stored as ISO 8601 text, times in UTC; NULL when unset.
inline QVariant dateValue(const QDate &d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant timeValue(const QDateTime &t) {
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
inline QDate dateFrom(const QVariant &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}
inline QDateTime timeFrom(const QVariant &v) {
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}
inline QVariant textOrNull(const QString &s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace Plenary::StoreValues
