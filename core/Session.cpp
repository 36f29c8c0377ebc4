#include "Session.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Plenary {

namespace {

struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Plenary::Session)
};
QString tr(const char *text) {
    return SessionText::tr(text);
}

template <typename T, typename Same>
bool equalOpt(const std::optional<T> &a, const std::optional<T> &b, Same same) {
    if (!a || !b)
        return !a && !b;
    return same(*a, *b);
}

/// The generic three-way rule for one keyed thing. Returns the merged value
/// (nullopt: absent) and whether it is a conflict (then theirs is taken).
template <typename T, typename Same>
std::pair<std::optional<T>, bool> merge3(const std::optional<T> &base, const std::optional<T> &mine,
                                         const std::optional<T> &theirs, Same same) {
    if (equalOpt(mine, theirs, same))
        return {mine, false};
    if (equalOpt(mine, base, same))
        return {theirs, false};
    if (equalOpt(theirs, base, same))
        return {mine, false};
    return {theirs, true};
}

template <typename T>
std::optional<T> find(const QList<T> &list, const QString &key, QString (*keyOf)(const T &)) {
    for (const T &v : list)
        if (keyOf(v) == key)
            return v;
    return std::nullopt;
}

QString outcomeKey(const Outcome &o) {
    return o.uid;
}
QString liaisonKey(const LiaisonStatement &l) {
    return l.id;
}
QString documentKey(const Document &d) {
    return d.number;
}

/// Keys in a stable order: theirs first (the server's order), then mine.
template <typename T>
QStringList keysOf(const QList<T> &base, const QList<T> &mine, const QList<T> &theirs,
                   QString (*keyOf)(const T &)) {
    QStringList keys;
    QSet<QString> seen;
    for (const auto *list : {&theirs, &mine, &base})
        for (const T &v : *list)
            if (!seen.contains(keyOf(v))) {
                seen.insert(keyOf(v));
                keys << keyOf(v);
            }
    return keys;
}

QString allocationText(const std::optional<Allocation> &a) {
    if (!a)
        return tr("not allocated");
    QStringList parts;
    if (!a->workingGroup.isEmpty())
        parts << a->workingGroup;
    if (!a->agendaItem.isEmpty())
        parts << tr("item %1").arg(a->agendaItem);
    return parts.join(QStringLiteral(", "));
}

QString outcomeText(const Outcome &o) {
    QString what = o.documents.isEmpty() ? tr("item %1").arg(o.agendaItem)
                                         : o.documents.join(QStringLiteral(", "));
    QString status = label(o.status);
    if (o.status == OutcomeStatus::Revised && !o.target.isEmpty())
        status = tr("revised to %1").arg(o.target);
    else if (o.status == OutcomeStatus::Merged && !o.target.isEmpty())
        status = tr("merged into %1").arg(o.target);
    const QString line = QStringLiteral("%1: %2").arg(what, status);
    return o.documents.isEmpty() || o.agendaItem.isEmpty()
               ? line
               : QStringLiteral("%1: %2").arg(o.agendaItem, line);
}

} // namespace

SessionState SessionState::of(const MeetingData &m) {
    SessionState s;
    s.meetingId = m.meeting.id;
    s.currentItem = m.currentItem;
    s.allocations = m.allocations;
    s.outcomes = m.outcomes;
    s.liaisons = m.liaisons;
    for (const Document &d : m.documents)
        if (d.addedInSession) {
            Document copy = d;
            copy.replacedBy.clear(); // derived from the outcomes
            copy.files.clear();
            s.addedDocuments << copy;
        }
    return s;
}

bool SessionState::sameContent(const SessionState &o) const {
    if (meetingId != o.meetingId || currentItem != o.currentItem || allocations != o.allocations ||
        liaisons != o.liaisons || addedDocuments != o.addedDocuments ||
        outcomes.size() != o.outcomes.size())
        return false;
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        if (!outcomes.at(i).sameAs(o.outcomes.at(i)))
            return false;
    return true;
}

const Outcome *SessionState::outcome(const QString &uid) const {
    for (const Outcome &o : outcomes)
        if (o.uid == uid)
            return &o;
    return nullptr;
}

const LiaisonStatement *SessionState::liaison(const QString &id) const {
    for (const LiaisonStatement &l : liaisons)
        if (l.id == id)
            return &l;
    return nullptr;
}

const Document *SessionState::addedDocument(const QString &number) const {
    for (const Document &d : addedDocuments)
        if (d.number == number)
            return &d;
    return nullptr;
}

SessionMerge mergeSessions(const SessionState &base, const SessionState &mineIn,
                           const SessionState &theirs) {
    SessionMerge r;
    SessionState mine = mineIn;
    r.merged.meetingId = theirs.meetingId.isEmpty() ? mine.meetingId : theirs.meetingId;
    r.merged.revision = qMax(theirs.revision, mine.revision);

    // Two chairmen drafting a liaison statement each get the same next id:
    // that is not a conflict, mine moves to a free id.
    static const QRegularExpression lsId(QStringLiteral("^LS-(\\d+)$"));
    int highest = 0;
    for (const SessionState *s : std::initializer_list<const SessionState *>{&base, &mine, &theirs})
        for (const LiaisonStatement &l : s->liaisons)
            if (const auto m = lsId.match(l.id); m.hasMatch())
                highest = qMax(highest, m.captured(1).toInt());
    for (LiaisonStatement &l : mine.liaisons) {
        const LiaisonStatement *other = theirs.liaison(l.id);
        if (!base.liaison(l.id) && other && !(*other == l)) {
            const QString old = l.id;
            l.id = QStringLiteral("LS-%1").arg(++highest, 3, 10, QLatin1Char('0'));
            r.taken << tr("Liaison statement %1 drafted here is now %2 (the server has another "
                          "%1)")
                           .arg(old, l.id);
        }
    }

    // The current agenda item.
    {
        auto opt = [](const QString &s) {
            return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
        };
        const auto [value, conflict] = merge3(opt(base.currentItem), opt(mine.currentItem),
                                              opt(theirs.currentItem), std::equal_to<QString>());
        r.merged.currentItem = value.value_or(QString());
        if (conflict)
            r.conflicts << tr("current agenda item: %1 here, %2 on the server")
                               .arg(mine.currentItem, theirs.currentItem);
    }

    // Allocations, by document.
    {
        QStringList keys =
            theirs.allocations.keys() + mine.allocations.keys() + base.allocations.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        auto get = [](const SessionState &s, const QString &k) {
            const auto it = s.allocations.constFind(k);
            return it == s.allocations.cend() ? std::nullopt : std::optional<Allocation>(*it);
        };
        for (const QString &k : keys) {
            const auto b = get(base, k), m = get(mine, k), t = get(theirs, k);
            const auto [value, conflict] = merge3(b, m, t, std::equal_to<Allocation>());
            if (value)
                r.merged.allocations.insert(k, *value);
            if (conflict)
                r.conflicts << tr("allocation of %1: %2 here, %3 on the server")
                                   .arg(k, allocationText(m), allocationText(t));
        }
    }

    // Outcomes, by uid; liaison statements, by id; added documents, by number.
    auto sameOutcome = [](const Outcome &a, const Outcome &b) {
        return a.sameAs(b);
    };
    for (const QString &k : keysOf(base.outcomes, mine.outcomes, theirs.outcomes, &outcomeKey)) {
        const auto m = find(mine.outcomes, k, &outcomeKey);
        const auto t = find(theirs.outcomes, k, &outcomeKey);
        const auto [value, conflict] =
            merge3(find(base.outcomes, k, &outcomeKey), m, t, sameOutcome);
        if (value)
            r.merged.outcomes << *value;
        if (conflict)
            r.conflicts << tr("outcome \"%1\": changed here and on the server")
                               .arg(outcomeText(m ? *m : *t));
    }
    std::stable_sort(r.merged.outcomes.begin(), r.merged.outcomes.end(),
                     [](const Outcome &a, const Outcome &b) { return a.at < b.at; });
    for (const QString &k : keysOf(base.liaisons, mine.liaisons, theirs.liaisons, &liaisonKey)) {
        const auto [value, conflict] =
            merge3(find(base.liaisons, k, &liaisonKey), find(mine.liaisons, k, &liaisonKey),
                   find(theirs.liaisons, k, &liaisonKey), std::equal_to<LiaisonStatement>());
        if (value)
            r.merged.liaisons << *value;
        if (conflict)
            r.conflicts << tr("liaison statement %1: changed here and on the server").arg(k);
    }
    for (const QString &k :
         keysOf(base.addedDocuments, mine.addedDocuments, theirs.addedDocuments, &documentKey)) {
        const auto [value, conflict] = merge3(
            find(base.addedDocuments, k, &documentKey), find(mine.addedDocuments, k, &documentKey),
            find(theirs.addedDocuments, k, &documentKey), std::equal_to<Document>());
        if (value)
            r.merged.addedDocuments << *value;
        if (conflict)
            r.conflicts << tr("document %1: made here and on the server, differently").arg(k);
    }

    r.taken << describeChanges(mine, r.merged);
    return r;
}

QStringList describeChanges(const SessionState &before, const SessionState &after) {
    QStringList out;
    if (before.currentItem != after.currentItem && !after.currentItem.isEmpty())
        out << tr("Now on agenda item %1").arg(after.currentItem);
    QStringList numbers = after.allocations.keys() + before.allocations.keys();
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    for (const QString &n : numbers) {
        const auto b = before.allocations.constFind(n);
        const auto a = after.allocations.constFind(n);
        if (a == after.allocations.cend()) {
            out << tr("%1: allocation withdrawn").arg(n);
        } else if (b == before.allocations.cend() || !(*b == *a)) {
            const QString where =
                a->workingGroup.isEmpty() ? tr("item %1").arg(a->agendaItem) : a->workingGroup;
            out << (a->agendaItem.isEmpty() || a->workingGroup.isEmpty()
                        ? tr("%1 allocated to %2").arg(n, where)
                        : tr("%1: %2 allocated to %3").arg(a->agendaItem, n, where));
        }
    }
    for (const Outcome &o : after.outcomes) {
        const Outcome *b = before.outcome(o.uid);
        if (!b)
            out << outcomeText(o);
        else if (!b->sameAs(o))
            out << tr("changed: %1").arg(outcomeText(o));
    }
    for (const Outcome &o : before.outcomes)
        if (!after.outcome(o.uid))
            out << tr("taken back: %1").arg(outcomeText(o));
    for (const LiaisonStatement &l : after.liaisons) {
        const LiaisonStatement *b = before.liaison(l.id);
        if (!b)
            out << tr("Liaison statement %1 drafted: %2").arg(l.id, l.title);
        else if (b->status != l.status)
            out << tr("Liaison statement %1: %2").arg(l.id, label(l.status));
        else if (!(*b == l))
            out << tr("Liaison statement %1 edited").arg(l.id);
    }
    for (const LiaisonStatement &l : before.liaisons)
        if (!after.liaison(l.id))
            out << tr("Liaison statement %1 removed").arg(l.id);
    return out;
}

QString nextLiaisonId(const QStringList &existingIds) {
    static const QRegularExpression ls(QStringLiteral("^LS-(\\d+)$"));
    int highest = 0;
    for (const QString &id : existingIds)
        if (const auto m = ls.match(id); m.hasMatch())
            highest = qMax(highest, m.captured(1).toInt());
    return QStringLiteral("LS-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

} // namespace Plenary
