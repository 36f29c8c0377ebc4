#include "Meeting.h"

#include <algorithm>
#include <functional>

namespace Plenary {

QString Person::displayName() const {
    if (name.isEmpty())
        return organization;
    if (organization.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, organization);
}

bool MeetingInfo::operator==(const MeetingInfo &o) const {
    return id == o.id && title == o.title && group == o.group && venue == o.venue &&
           start == o.start && end == o.end && contributionDeadline == o.contributionDeadline &&
           languages == o.languages && chair == o.chair && viceChairs == o.viceChairs &&
           secretariatEmail == o.secretariatEmail && dropFolder == o.dropFolder &&
           documentPrefix == o.documentPrefix;
}

bool Document::operator==(const Document &o) const {
    return number == o.number && title == o.title && source == o.source && type == o.type &&
           purpose == o.purpose && received == o.received && agendaItems == o.agendaItems &&
           workingGroup == o.workingGroup && replaces == o.replaces && replacedBy == o.replacedBy &&
           abstract == o.abstract && files == o.files && addedInSession == o.addedInSession;
}

bool LiaisonStatement::operator==(const LiaisonStatement &o) const {
    return id == o.id && title == o.title && questions == o.questions && to == o.to && cc == o.cc &&
           purpose == o.purpose && from == o.from && approval == o.approval &&
           deadline == o.deadline && contact == o.contact && body == o.body &&
           attachments == o.attachments && officer == o.officer && status == o.status &&
           agendaItem == o.agendaItem;
}

const Document *MeetingData::document(const QString &number) const {
    for (const auto &d : documents)
        if (d.number == number)
            return &d;
    return nullptr;
}

const WorkingGroup *MeetingData::workingGroup(const QString &id) const {
    for (const auto &wg : workingGroups)
        if (wg.id == id)
            return &wg;
    return nullptr;
}

QList<const AgendaItem *> MeetingData::flatAgenda() const {
    QList<const AgendaItem *> out;
    std::function<void(const QList<AgendaItem> &)> walk = [&](const QList<AgendaItem> &items) {
        for (const auto &item : items) {
            out << &item;
            walk(item.items);
        }
    };
    walk(agenda);
    return out;
}

const AgendaItem *MeetingData::agendaItem(const QString &id) const {
    for (const AgendaItem *item : flatAgenda())
        if (item->id == id)
            return item;
    return nullptr;
}

QString MeetingData::effectiveWorkingGroup(const Document &doc) const {
    const auto it = allocations.constFind(doc.number);
    if (it != allocations.cend() && !it->workingGroup.isEmpty())
        return it->workingGroup;
    return doc.workingGroup;
}

QString MeetingData::effectiveAgendaItem(const Document &doc) const {
    const auto it = allocations.constFind(doc.number);
    if (it != allocations.cend() && !it->agendaItem.isEmpty())
        return it->agendaItem;
    return doc.agendaItems.value(0);
}

const Outcome *MeetingData::latestOutcome(const QString &number) const {
    const Outcome *latest = nullptr;
    for (const auto &o : outcomes)
        if (o.documents.contains(number) && (!latest || o.at >= latest->at))
            latest = &o;
    return latest;
}

FileState aggregateFileState(const QList<FileState> &states) {
    // The document is as far as its least complete file.
    for (FileState s :
         {FileState::Failed, FileState::Downloading, FileState::Remote, FileState::Updated})
        if (states.contains(s))
            return s;
    if (!states.isEmpty() && std::all_of(states.cbegin(), states.cend(),
                                         [](FileState s) { return s == FileState::Withdrawn; }))
        return FileState::Withdrawn;
    return FileState::Local;
}

bool MeetingData::isLate(const Document &doc) const {
    if (!meeting.contributionDeadline.isValid() || !doc.received.isValid())
        return false;
    return doc.received.toUTC().date() > meeting.contributionDeadline;
}

QStringList MeetingData::earlierVersions(const QString &number) const {
    QStringList chain;
    QSet<QString> seen{number};
    const Document *d = document(number);
    while (d && !d->replaces.isEmpty() && !seen.contains(d->replaces)) {
        chain << d->replaces;
        seen.insert(d->replaces);
        d = document(d->replaces);
    }
    return chain;
}

QList<Note> MeetingData::notesFor(const QString &number) const {
    QList<Note> out;
    for (const QString &n : QStringList{number} + earlierVersions(number))
        for (const Note &note : notes)
            if (note.document == n)
                out << note;
    return out;
}

bool MeetingData::isOnEarlierVersion(const Note &note) const {
    const Document *doc = document(note.document);
    if (!doc || !note.updated.isValid())
        return false;
    for (const DocumentFile &f : doc->files)
        if (f.mtime.isValid() && f.mtime > note.updated)
            return true;
    return false;
}

std::optional<Position> MeetingData::positionFor(const QString &number, QString *from) const {
    for (const QString &n : QStringList{number} + earlierVersions(number)) {
        const auto it = positions.constFind(n);
        if (it != positions.cend()) {
            if (from)
                *from = n;
            return *it;
        }
    }
    return std::nullopt;
}

} // namespace Plenary
