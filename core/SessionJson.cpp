#include "SessionJson.h"

#include "JsonReader.h"

#include <QSet>

namespace Plenary {
using namespace Json;

SessionJson::Result SessionJson::parse(const QByteArray &json, const QString &source) {
    Result result;
    auto failWith = [&](const QString &what) {
        result.error =
            QCoreApplication::translate("Plenary::SessionJson", "%1: %2").arg(source, what);
        return result;
    };
    QString error;
    const auto parsed = parseVersioned(json, kFormat, &error);
    if (!parsed)
        return failWith(error);
    const QJsonObject &root = *parsed;
    Reader r;

    SessionState s;
    s.meetingId = r.string(root, {}, "meeting", true);
    if (const auto revision = r.wholeNumber(root, {}, "revision", true, INT_MAX))
        s.revision = int(*revision);
    s.updated = r.dateTime(root, {}, "updated");
    s.currentItem = r.string(root, {}, "currentItem");

    const QJsonObject allocations =
        r.object(root.value(QStringLiteral("allocations")), QStringLiteral("allocations"), false);
    for (auto it = allocations.constBegin(); it != allocations.constEnd() && !r.failed(); ++it) {
        const QString p = Reader::at(QStringLiteral("allocations"), it.key());
        const QJsonObject a = r.object(it.value(), p);
        Allocation alloc{r.string(a, p, "workingGroup"), r.string(a, p, "agendaItem")};
        if (!r.failed() && alloc.workingGroup.isEmpty() && alloc.agendaItem.isEmpty())
            r.fail(p,
                   QCoreApplication::translate("Plenary::SessionJson",
                                               "names neither a working group nor an agenda item"));
        if (it.key().trimmed().isEmpty())
            r.fail(p, QCoreApplication::translate("Plenary::SessionJson",
                                                  "the document number is empty"));
        s.allocations.insert(it.key(), alloc);
    }

    QSet<QString> ids;
    const QJsonArray outcomes = r.array(root, {}, "outcomes");
    for (qsizetype i = 0; i < outcomes.size() && !r.failed(); ++i) {
        const QString p = Reader::at(QStringLiteral("outcomes"), i);
        const QJsonObject o = r.object(outcomes.at(i), p);
        Outcome out;
        out.uid = r.string(o, p, "id", true);
        out.agendaItem = r.string(o, p, "agendaItem");
        out.documents = r.strings(o, p, "documents");
        out.status = r.wireValue(o, p, "status", QT_TRANSLATE_NOOP("Plenary::Json", "status"),
                                 OutcomeStatus::Noted, &outcomeStatusFromWire, true);
        out.target = r.string(o, p, "target");
        out.text = r.string(o, p, "text");
        out.at = r.dateTime(o, p, "at");
        if (r.failed())
            break;
        if (out.agendaItem.isEmpty() && out.documents.isEmpty())
            r.fail(p, QCoreApplication::translate("Plenary::SessionJson",
                                                  "names neither an agenda item nor a document"));
        if (out.status == OutcomeStatus::Revised &&
            (out.documents.size() != 1 || out.target.isEmpty()))
            r.fail(p,
                   QCoreApplication::translate("Plenary::SessionJson",
                                               "a revision names one document and its new number"));
        if (ids.contains(out.uid))
            r.fail(Reader::at(p, QStringLiteral("id")),
                   QCoreApplication::translate("Plenary::SessionJson", "duplicate outcome id '%1'")
                       .arg(out.uid));
        ids.insert(out.uid);
        s.outcomes << out;
    }

    ids.clear();
    const QJsonArray liaisons = r.array(root, {}, "liaisons");
    for (qsizetype i = 0; i < liaisons.size() && !r.failed(); ++i) {
        const QString p = Reader::at(QStringLiteral("liaisons"), i);
        const QJsonObject o = r.object(liaisons.at(i), p);
        LiaisonStatement l;
        l.id = r.string(o, p, "id", true);
        l.title = r.string(o, p, "title", true);
        l.questions = r.strings(o, p, "questions");
        l.to = r.strings(o, p, "to");
        l.cc = r.strings(o, p, "cc");
        l.purpose = r.string(o, p, "for");
        l.from = r.string(o, p, "from");
        l.approval = r.string(o, p, "approval");
        l.deadline = r.date(o, p, "deadline");
        l.contact =
            r.person(o.value(QStringLiteral("contact")), Reader::at(p, QStringLiteral("contact")));
        l.body = r.string(o, p, "body");
        l.attachments = r.strings(o, p, "attachments");
        l.officer = r.string(o, p, "officer");
        l.agendaItem = r.string(o, p, "agendaItem");
        l.status = r.wireValue(o, p, "status", QT_TRANSLATE_NOOP("Plenary::Json", "status"),
                               LiaisonStatus::Draft, &liaisonStatusFromWire);
        if (!r.failed() && ids.contains(l.id))
            r.fail(Reader::at(p, QStringLiteral("id")),
                   QCoreApplication::translate("Plenary::SessionJson",
                                               "duplicate liaison statement id '%1'")
                       .arg(l.id));
        ids.insert(l.id);
        s.liaisons << l;
    }

    ids.clear();
    const QJsonArray documents = r.array(root, {}, "documents");
    for (qsizetype i = 0; i < documents.size() && !r.failed(); ++i) {
        const QString p = Reader::at(QStringLiteral("documents"), i);
        const QJsonObject o = r.object(documents.at(i), p);
        Document d = r.documentFields(o, p);
        d.addedInSession = true;
        if (!r.failed() && ids.contains(d.number))
            r.fail(Reader::at(p, QStringLiteral("number")),
                   QCoreApplication::translate("Plenary::SessionJson",
                                               "duplicate document number '%1'")
                       .arg(d.number));
        ids.insert(d.number);
        s.addedDocuments << d;
    }

    if (r.failed())
        return failWith(r.error());
    result.session = std::move(s);
    return result;
}

QByteArray SessionJson::serialize(const SessionState &s) {
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("meeting"), s.meetingId},
                     {QStringLiteral("revision"), s.revision}};
    if (s.updated.isValid())
        root.insert(QStringLiteral("updated"), isoUtc(s.updated));
    putIf(root, "currentItem", s.currentItem);
    QJsonObject allocations;
    for (auto it = s.allocations.cbegin(); it != s.allocations.cend(); ++it) {
        QJsonObject a;
        putIf(a, "workingGroup", it->workingGroup);
        putIf(a, "agendaItem", it->agendaItem);
        allocations.insert(it.key(), a);
    }
    root.insert(QStringLiteral("allocations"), allocations);
    QJsonArray outcomes;
    for (const Outcome &o : s.outcomes) {
        QJsonObject j{{QStringLiteral("id"), o.uid},
                      {QStringLiteral("status"), wireName(o.status)}};
        putIf(j, "agendaItem", o.agendaItem);
        if (!o.documents.isEmpty())
            j.insert(QStringLiteral("documents"), QJsonArray::fromStringList(o.documents));
        putIf(j, "target", o.target);
        putIf(j, "text", o.text);
        if (o.at.isValid())
            j.insert(QStringLiteral("at"), o.at.toUTC().toString(Qt::ISODateWithMs));
        outcomes.append(j);
    }
    root.insert(QStringLiteral("outcomes"), outcomes);
    QJsonArray liaisons;
    for (const LiaisonStatement &l : s.liaisons) {
        QJsonObject j{{QStringLiteral("id"), l.id},
                      {QStringLiteral("title"), l.title},
                      {QStringLiteral("status"), wireName(l.status)}};
        for (const auto &[key, list] :
             {std::pair{"questions", &l.questions}, std::pair{"to", &l.to}, std::pair{"cc", &l.cc},
              std::pair{"attachments", &l.attachments}})
            if (!list->isEmpty())
                j.insert(QLatin1String(key), QJsonArray::fromStringList(*list));
        putIf(j, "for", l.purpose);
        putIf(j, "from", l.from);
        putIf(j, "approval", l.approval);
        if (l.deadline.isValid())
            j.insert(QStringLiteral("deadline"), l.deadline.toString(Qt::ISODate));
        const QJsonObject contact = personJson(l.contact).toObject();
        if (!contact.isEmpty())
            j.insert(QStringLiteral("contact"), contact);
        putIf(j, "body", l.body);
        putIf(j, "officer", l.officer);
        putIf(j, "agendaItem", l.agendaItem);
        liaisons.append(j);
    }
    root.insert(QStringLiteral("liaisons"), liaisons);
    QJsonArray documents;
    for (const Document &d : s.addedDocuments) {
        QJsonObject j{{QStringLiteral("number"), d.number},
                      {QStringLiteral("type"), wireName(d.type)}};
        putIf(j, "title", d.title);
        putIf(j, "source", d.source);
        putIf(j, "for", wireName(d.purpose));
        if (d.received.isValid())
            j.insert(QStringLiteral("received"), d.received.toUTC().toString(Qt::ISODateWithMs));
        if (!d.agendaItems.isEmpty())
            j.insert(QStringLiteral("agendaItems"), QJsonArray::fromStringList(d.agendaItems));
        putIf(j, "workingGroup", d.workingGroup);
        putIf(j, "replaces", d.replaces);
        documents.append(j);
    }
    root.insert(QStringLiteral("documents"), documents);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Plenary
