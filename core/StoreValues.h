#pragma once

// Conversions between the store's columns and Qt values, shared by the
// Store's implementation files. Not part of the public API.

#include "Meeting.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Lists and people are stored as compact JSON text.
inline QString listJson(const QStringList &list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList listFromJson(const QVariant &v) {
    QStringList out;
    const QJsonArray arr = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const auto &e : arr)
        out << e.toString();
    return out;
}

inline QJsonObject personObject(const Person &p) {
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("organization"), p.organization},
            {QStringLiteral("email"), p.email}};
}

inline Person personFromObject(const QJsonObject &o) {
    return {o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("organization")).toString(),
            o.value(QStringLiteral("email")).toString()};
}

inline QString personJson(const Person &p) {
    return QString::fromUtf8(QJsonDocument(personObject(p)).toJson(QJsonDocument::Compact));
}

inline Person personFromJson(const QVariant &v) {
    return personFromObject(QJsonDocument::fromJson(v.toString().toUtf8()).object());
}

inline QString peopleJson(const QList<Person> &people) {
    QJsonArray arr;
    for (const auto &p : people)
        arr.append(personObject(p));
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

inline QList<Person> peopleFromJson(const QVariant &v) {
    QList<Person> out;
    for (const auto &e : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << personFromObject(e.toObject());
    return out;
}

} // namespace Plenary::StoreValues
