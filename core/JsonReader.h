#pragma once

// Strict reading and tidy writing of Plenary's JSON formats (meeting.json,
// session.json): every error names the place ("documents[3].title:
// expected a string, found a number"). Internal to core.

#include "Meeting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <climits>
#include <cmath>
#include <optional>

namespace Plenary::Json {

inline QString typeName(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("Plenary::Json", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("Plenary::Json", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Plenary::Json", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("Plenary::Json", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("Plenary::Json", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// Walks the JSON tree remembering the path, so that every error says where.
/// After the first error every accessor returns an empty value; the caller
/// checks failed() once at the end.
class Reader {
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what) {
        if (m_error.isEmpty())
            m_error = path.isEmpty()
                          ? what
                          : QCoreApplication::translate("Plenary::Json", "%1: %2").arg(path, what);
    }

    static QString at(const QString &path, const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, qsizetype index) {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    /// A non-negative whole number of at most @p max (by default 2^53, the
    /// last a double holds exactly) at @p key; nullopt when absent (an
    /// error if @p required) or when anything else (an error).
    std::optional<qint64> wholeNumber(const QJsonObject &o, const QString &path, const char *key,
                                      bool required = false, double max = 0x1p53) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (!required && (v.isUndefined() || v.isNull()))
            return std::nullopt;
        // The range before the conversion: qint64(1e300) is undefined
        // behaviour (found by the fuzzers with UBSan; see
        // tests/fuzz/regressions/).
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > max || d != std::floor(d)) {
            fail(at(path, k), QCoreApplication::translate(
                                  "Plenary::Json", "expected a non-negative whole number, found %1")
                                  .arg(typeName(v)));
            return std::nullopt;
        }
        return qint64(d);
    }

    QString string(const QJsonObject &o, const QString &path, const char *key,
                   bool required = false) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at(path, k), QCoreApplication::translate("Plenary::Json", "is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(at(path, k),
                 QCoreApplication::translate("Plenary::Json", "expected a string, found %1")
                     .arg(typeName(v)));
            return {};
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(at(path, k), QCoreApplication::translate("Plenary::Json", "must not be empty"));
        return s;
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key) {
        const QString k = QString::fromLatin1(key);
        QStringList out;
        const QJsonArray arr = array(o, path, key);
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString()) {
                fail(at(at(path, k), i),
                     QCoreApplication::translate("Plenary::Json", "expected a string, found %1")
                         .arg(typeName(arr.at(i))));
                return {};
            }
            out << arr.at(i).toString();
        }
        return out;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(at(path, k),
                 QCoreApplication::translate("Plenary::Json", "expected an array, found %1")
                     .arg(typeName(v)));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path, bool required = true) {
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        if (!v.isObject()) {
            fail(path, v.isUndefined() ? QCoreApplication::translate("Plenary::Json", "is missing")
                                       : QCoreApplication::translate("Plenary::Json",
                                                                     "expected an object, found %1")
                                             .arg(typeName(v)));
            return {};
        }
        return v.toObject();
    }

    QDate date(const QJsonObject &o, const QString &path, const char *key) {
        const QString s = string(o, path, key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(at(path, QString::fromLatin1(key)),
                 QCoreApplication::translate("Plenary::Json",
                                             "'%1' is not a date (expected YYYY-MM-DD)")
                     .arg(s));
        return d;
    }

    QDateTime dateTime(const QJsonObject &o, const QString &path, const char *key) {
        const QString s = string(o, path, key);
        if (s.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            // A bare date is accepted as midnight UTC.
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (d.isValid())
                dt = QDateTime(d, QTime(0, 0), QTimeZone::utc());
        }
        // Without an offset the time is taken as UTC, not the reader's local time.
        if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::utc());
        // In UTC, "0001-01-01T00:00:00+01:00" is in year -1 and
        // "9999-12-31T23:00:00-05:00" in 10000: ISO 8601 cannot write them
        // (toString() gives ""), so the file written back lost the time and
        // a session no longer had the same content (tests/fuzz round trip).
        const int utcYear = dt.isValid() ? dt.toUTC().date().year() : 0;
        if (utcYear < 1 || utcYear > 9999) {
            fail(at(path, QString::fromLatin1(key)),
                 QCoreApplication::translate("Plenary::Json",
                                             "'%1' is not a date and time (expected ISO 8601)")
                     .arg(s));
            return {};
        }
        return dt.toUTC();
    }

    /// An enum given by its wire name; an unknown name fails with the list
    /// of known ones ("unknown status 'adopted' (expected one of: ...)").
    template <typename E, typename FromWire>
    E wireValue(const QJsonObject &o, const QString &path, const char *key, const char *what,
                E fallback, FromWire fromWire, bool required = false) {
        const QString s = string(o, path, key, required);
        if (s.isEmpty() || failed())
            return fallback;
        const auto v = fromWire(s);
        if (!v) {
            fail(at(path, QString::fromLatin1(key)),
                 QCoreApplication::translate("Plenary::Json",
                                             "unknown %1 '%2' (expected one of: %3)")
                     .arg(QCoreApplication::translate("Plenary::Json", what), s,
                          wireNames(E{}).join(QStringLiteral(", "))));
            return fallback;
        }
        return *v;
    }

    Person person(const QJsonValue &v, const QString &path) {
        Person p;
        if (v.isString()) { // a bare name is fine
            p.name = v.toString();
            return p;
        }
        const QJsonObject o = object(v, path, false);
        p.name = string(o, path, "name");
        p.organization = string(o, path, "organization");
        p.email = string(o, path, "email");
        return p;
    }

    QList<Person> people(const QJsonObject &o, const QString &path, const char *key) {
        QList<Person> out;
        const QJsonArray arr = array(o, path, key);
        for (qsizetype i = 0; i < arr.size(); ++i)
            out << person(arr.at(i), at(at(path, QString::fromLatin1(key)), i));
        return out;
    }

    /// The fields a document has in both meeting.json and session.json
    /// (number, title, source, type, for, received, agenda items, working
    /// group, replaces); each format reads its own extras.
    Document documentFields(const QJsonObject &o, const QString &p) {
        Document d;
        d.number = string(o, p, "number", true).trimmed();
        d.title = string(o, p, "title");
        d.source = string(o, p, "source");
        d.type = wireValue(o, p, "type", QT_TRANSLATE_NOOP("Plenary::Json", "document type"),
                           DocumentType::Contribution, &documentTypeFromWire);
        d.purpose = wireValue(o, p, "for", QT_TRANSLATE_NOOP("Plenary::Json", "purpose"),
                              Purpose::Unspecified, &purposeFromWire);
        d.received = dateTime(o, p, "received");
        d.agendaItems = strings(o, p, "agendaItems");
        d.workingGroup = string(o, p, "workingGroup");
        d.replaces = string(o, p, "replaces");
        return d;
    }

private:
    QString m_error;
};

/// Parses @p json as a JSON object; on failure says where and why (line,
/// column, "the file looks truncated").
inline std::optional<QJsonObject> parseObject(const QByteArray &json, QString *error) {
    if (json.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Plenary::Json", "the file is empty");
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray head = json.left(pe.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(pe.offset - (head.lastIndexOf('\n') + 1)) + 1;
        const bool truncated = pe.offset >= json.trimmed().size();
        *error = QCoreApplication::translate("Plenary::Json", "line %1, column %2: %3%4")
                     .arg(line)
                     .arg(column)
                     .arg(pe.errorString(),
                          truncated ? QCoreApplication::translate("Plenary::Json",
                                                                  " (the file looks truncated)")
                                    : QString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error =
            QCoreApplication::translate("Plenary::Json", "expected a JSON object at the top level");
        return std::nullopt;
    }
    return doc.object();
}

/// parseObject, and the object's "format" must be @p format.
inline std::optional<QJsonObject> parseVersioned(const QByteArray &json, const char *format,
                                                 QString *error) {
    auto root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    Reader r;
    const QString found = r.string(*root, {}, "format", true);
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    if (found != QLatin1String(format)) {
        *error = QCoreApplication::translate(
                     "Plenary::Json", "unsupported format '%1' (this version of Plenary reads %2)")
                     .arg(found, QLatin1String(format));
        return std::nullopt;
    }
    return root;
}

inline QJsonValue personJson(const Person &p) {
    QJsonObject o;
    if (!p.name.isEmpty())
        o.insert(QStringLiteral("name"), p.name);
    if (!p.organization.isEmpty())
        o.insert(QStringLiteral("organization"), p.organization);
    if (!p.email.isEmpty())
        o.insert(QStringLiteral("email"), p.email);
    return o;
}

inline QJsonArray peopleJson(const QList<Person> &people) {
    QJsonArray a;
    for (const auto &p : people)
        a.append(personJson(p));
    return a;
}

inline void putIf(QJsonObject &o, const char *key, const QString &value) {
    if (!value.isEmpty())
        o.insert(QString::fromLatin1(key), value);
}

inline QString isoUtc(const QDateTime &dt) {
    return dt.toUTC().toString(Qt::ISODate);
}

} // namespace Plenary::Json
