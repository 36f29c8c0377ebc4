#include "MeetingJson.h"

#include "DirectoryListing.h"
#include "JsonReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Plenary {
using namespace Json;
namespace {

// Why @p path is refused as a file's name, or empty: the same rules as a
// listing's names (unsafeNameReason), per segment. The secretariat who wrote
// the manifest is told which rule, not just that one was broken.
QString unsafePathReason(const QString &path) {
    // KeepEmptyParts: "/x", "x/" and "a//b" have an empty segment and fail.
    const QStringList segments = path.split(QLatin1Char('/'), Qt::KeepEmptyParts);
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return QCoreApplication::translate("Plenary::MeetingJson",
                                               "an empty part of the path (a leading, trailing "
                                               "or double slash)");
        if (QString why = unsafeNameReason(segment); !why.isEmpty())
            return why;
    }
    // A relative path that cannot leave the folder, nor go deeper than sync.
    if (segments.size() > MeetingJson::kMaxFolderDepth + 1)
        return QCoreApplication::translate("Plenary::MeetingJson", "more than %1 folders deep")
            .arg(MeetingJson::kMaxFolderDepth);
    return {};
}

void readAgenda(Reader &r, const QJsonArray &arr, const QString &path, QList<AgendaItem> &out,
                QSet<QString> &ids, int depth) {
    if (depth > 8) {
        r.fail(path, QCoreApplication::translate("Plenary::MeetingJson",
                                                 "the agenda is nested more than 8 levels deep"));
        return;
    }
    for (qsizetype i = 0; i < arr.size() && !r.failed(); ++i) {
        const QString p = Reader::at(path, i);
        const QJsonObject o = r.object(arr.at(i), p);
        AgendaItem item;
        item.id = r.string(o, p, "id", true).trimmed();
        item.title = r.string(o, p, "title", true);
        if (r.failed())
            return;
        if (ids.contains(item.id)) {
            r.fail(
                Reader::at(p, QStringLiteral("id")),
                QCoreApplication::translate("Plenary::MeetingJson", "duplicate agenda item id '%1'")
                    .arg(item.id));
            return;
        }
        ids.insert(item.id);
        readAgenda(r, r.array(o, p, "items"), Reader::at(p, QStringLiteral("items")), item.items,
                   ids, depth + 1);
        out << item;
    }
}

QJsonArray agendaJson(const QList<AgendaItem> &items) {
    QJsonArray a;
    for (const auto &item : items) {
        QJsonObject o{{QStringLiteral("id"), item.id}, {QStringLiteral("title"), item.title}};
        if (!item.items.isEmpty())
            o.insert(QStringLiteral("items"), agendaJson(item.items));
        a.append(o);
    }
    return a;
}

} // namespace

MeetingJson::Result MeetingJson::parse(const QByteArray &json, const QString &fileName) {
    Result result;
    auto failWith = [&](const QString &what) {
        result.error =
            QCoreApplication::translate("Plenary::MeetingJson", "%1: %2").arg(fileName, what);
        return result;
    };
    QString error;
    const auto parsedRoot = Json::parseVersioned(json, kFormat, &error);
    if (!parsedRoot)
        return failWith(error);
    const QJsonObject &root = *parsedRoot;
    Reader r;

    MeetingData m;
    const QJsonObject mo =
        r.object(root.value(QStringLiteral("meeting")), QStringLiteral("meeting"));
    const QString mp = QStringLiteral("meeting");
    m.meeting.id = r.string(mo, mp, "id", true).trimmed();
    m.meeting.title = r.string(mo, mp, "title", true);
    m.meeting.group = r.string(mo, mp, "group");
    m.meeting.venue = r.string(mo, mp, "venue");
    m.meeting.start = r.date(mo, mp, "start");
    m.meeting.end = r.date(mo, mp, "end");
    m.meeting.contributionDeadline = r.date(mo, mp, "contributionDeadline");
    m.meeting.languages = r.strings(mo, mp, "languages");
    m.meeting.chair =
        r.person(mo.value(QStringLiteral("chair")), Reader::at(mp, QStringLiteral("chair")));
    m.meeting.viceChairs = r.people(mo, mp, "viceChairs");
    m.meeting.secretariatEmail = r.string(mo, mp, "secretariatEmail");
    m.meeting.dropFolder = r.string(mo, mp, "dropFolder");
    m.meeting.documentPrefix = r.string(mo, mp, "documentPrefix");
    if (!r.failed() && m.meeting.start.isValid() && m.meeting.end.isValid() &&
        m.meeting.end < m.meeting.start)
        r.fail(QStringLiteral("meeting.end"),
               QCoreApplication::translate("Plenary::MeetingJson", "ends before it starts"));

    QSet<QString> agendaIds;
    readAgenda(r, r.array(root, {}, "agenda"), QStringLiteral("agenda"), m.agenda, agendaIds, 0);

    QSet<QString> wgIds;
    const QJsonArray wgs = r.array(root, {}, "workingGroups");
    for (qsizetype i = 0; i < wgs.size() && !r.failed(); ++i) {
        const QString p = Reader::at(QStringLiteral("workingGroups"), i);
        const QJsonObject o = r.object(wgs.at(i), p);
        WorkingGroup wg;
        wg.id = r.string(o, p, "id", true).trimmed();
        wg.title = r.string(o, p, "title", true);
        wg.termsOfReference = r.string(o, p, "termsOfReference");
        wg.leaders = r.people(o, p, "leaders");
        if (!r.failed() && wgIds.contains(wg.id))
            r.fail(Reader::at(p, QStringLiteral("id")),
                   QCoreApplication::translate("Plenary::MeetingJson",
                                               "duplicate working group id '%1'")
                       .arg(wg.id));
        wgIds.insert(wg.id);
        m.workingGroups << wg;
    }

    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    QSet<QString> numbers;
    const QJsonArray docs = r.array(root, {}, "documents");
    for (qsizetype i = 0; i < docs.size() && !r.failed(); ++i) {
        const QString p = Reader::at(QStringLiteral("documents"), i);
        const QJsonObject o = r.object(docs.at(i), p);
        Document d = r.documentFields(o, p);
        d.replacedBy = r.string(o, p, "replacedBy");
        d.abstract = r.string(o, p, "abstract");
        const QJsonArray files = r.array(o, p, "files");
        QSet<QString> fileNames;
        for (qsizetype j = 0; j < files.size() && !r.failed(); ++j) {
            const QString fp = Reader::at(Reader::at(p, QStringLiteral("files")), j);
            const QJsonObject fo = r.object(files.at(j), fp);
            DocumentFile f;
            f.name = r.string(fo, fp, "name", true);
            if (!r.failed())
                if (const QString why = unsafePathReason(f.name); !why.isEmpty())
                    r.fail(Reader::at(fp, QStringLiteral("name")),
                           QCoreApplication::translate(
                               "Plenary::MeetingJson",
                               "'%1' is not a safe file name or relative path: %2")
                               .arg(f.name, why));
            if (!r.failed() && fileNames.contains(f.name))
                r.fail(Reader::at(fp, QStringLiteral("name")),
                       QCoreApplication::translate("Plenary::MeetingJson", "duplicate file '%1'")
                           .arg(f.name));
            fileNames.insert(f.name);
            if (const auto size = r.wholeNumber(fo, fp, "size"))
                f.size = *size;
            f.sha256 = r.string(fo, fp, "sha256").toLower();
            if (!r.failed() && !f.sha256.isEmpty() && !hex64.match(f.sha256).hasMatch())
                r.fail(Reader::at(fp, QStringLiteral("sha256")),
                       QCoreApplication::translate("Plenary::MeetingJson",
                                                   "expected 64 hexadecimal digits"));
            f.mtime = r.dateTime(fo, fp, "mtime");
            d.files << f;
        }
        if (r.failed())
            break;
        if (numbers.contains(d.number)) {
            r.fail(Reader::at(p, QStringLiteral("number")),
                   QCoreApplication::translate("Plenary::MeetingJson",
                                               "duplicate document number '%1'")
                       .arg(d.number));
            break;
        }
        numbers.insert(d.number);
        for (qsizetype j = 0; j < d.agendaItems.size(); ++j)
            if (!agendaIds.contains(d.agendaItems.at(j)))
                r.fail(
                    Reader::at(Reader::at(p, QStringLiteral("agendaItems")), j),
                    QCoreApplication::translate("Plenary::MeetingJson", "unknown agenda item '%1'")
                        .arg(d.agendaItems.at(j)));
        if (!d.workingGroup.isEmpty() && !wgIds.contains(d.workingGroup))
            r.fail(Reader::at(p, QStringLiteral("workingGroup")),
                   QCoreApplication::translate("Plenary::MeetingJson", "unknown working group '%1'")
                       .arg(d.workingGroup));
        m.documents << d;
    }

    if (r.failed())
        return failWith(r.error());
    result.meeting = std::move(m);
    return result;
}

MeetingJson::Result MeetingJson::readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = QCoreApplication::translate("Plenary::MeetingJson", "%1: %2")
                      .arg(path, file.errorString());
        return r;
    }
    // A manifest of 5,000 documents is a few MB; refuse anything absurd
    // rather than reading it all into memory.
    constexpr qint64 kMaxSize = 256 * 1024 * 1024;
    if (file.size() > kMaxSize) {
        Result r;
        r.error = QCoreApplication::translate("Plenary::MeetingJson",
                                              "%1: the file is larger than 256 MB")
                      .arg(path);
        return r;
    }
    return parse(file.readAll(), path);
}

QByteArray MeetingJson::serialize(const MeetingData &data) {
    const MeetingInfo &mi = data.meeting;
    QJsonObject meeting{{QStringLiteral("id"), mi.id}, {QStringLiteral("title"), mi.title}};
    putIf(meeting, "group", mi.group);
    putIf(meeting, "venue", mi.venue);
    putIf(meeting, "start", mi.start.toString(Qt::ISODate));
    putIf(meeting, "end", mi.end.toString(Qt::ISODate));
    putIf(meeting, "contributionDeadline", mi.contributionDeadline.toString(Qt::ISODate));
    if (!mi.languages.isEmpty())
        meeting.insert(QStringLiteral("languages"), QJsonArray::fromStringList(mi.languages));
    if (!(mi.chair == Person{}))
        meeting.insert(QStringLiteral("chair"), personJson(mi.chair));
    if (!mi.viceChairs.isEmpty())
        meeting.insert(QStringLiteral("viceChairs"), peopleJson(mi.viceChairs));
    putIf(meeting, "secretariatEmail", mi.secretariatEmail);
    putIf(meeting, "dropFolder", mi.dropFolder);
    putIf(meeting, "documentPrefix", mi.documentPrefix);

    QJsonArray wgs;
    for (const auto &wg : data.workingGroups) {
        QJsonObject o{{QStringLiteral("id"), wg.id}, {QStringLiteral("title"), wg.title}};
        putIf(o, "termsOfReference", wg.termsOfReference);
        if (!wg.leaders.isEmpty())
            o.insert(QStringLiteral("leaders"), peopleJson(wg.leaders));
        wgs.append(o);
    }

    QJsonArray docs;
    for (const auto &d : data.documents) {
        QJsonObject o{{QStringLiteral("number"), d.number}};
        putIf(o, "title", d.title);
        putIf(o, "source", d.source);
        o.insert(QStringLiteral("type"), wireName(d.type));
        putIf(o, "for", wireName(d.purpose));
        if (d.received.isValid())
            o.insert(QStringLiteral("received"), isoUtc(d.received));
        if (!d.agendaItems.isEmpty())
            o.insert(QStringLiteral("agendaItems"), QJsonArray::fromStringList(d.agendaItems));
        putIf(o, "workingGroup", d.workingGroup);
        putIf(o, "replaces", d.replaces);
        putIf(o, "replacedBy", d.replacedBy);
        putIf(o, "abstract", d.abstract);
        QJsonArray files;
        for (const auto &f : d.files) {
            QJsonObject fo{{QStringLiteral("name"), f.name}};
            if (f.size >= 0)
                fo.insert(QStringLiteral("size"), double(f.size));
            putIf(fo, "sha256", f.sha256);
            if (f.mtime.isValid())
                fo.insert(QStringLiteral("mtime"), isoUtc(f.mtime));
            files.append(fo);
        }
        if (!files.isEmpty())
            o.insert(QStringLiteral("files"), files);
        docs.append(o);
    }

    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("meeting"), meeting},
                           {QStringLiteral("agenda"), agendaJson(data.agenda)},
                           {QStringLiteral("workingGroups"), wgs},
                           {QStringLiteral("documents"), docs}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Plenary
