#include "NotesPanel.h"

#include "Vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Plenary {

namespace {
constexpr int kSaveDelayMs = 800; // kept a moment after typing stops
constexpr int kPreviewChars = 40;

QLabel *plainLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(this))
    , m_position(new QComboBox(this))
    , m_positionFrom(plainLabel(this))
    , m_list(new QListWidget(this))
    , m_pageNote(new QPushButton(this))
    , m_remove(new QPushButton(tr("&Delete Note"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_status(plainLabel(this))
    , m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("notesPanel"));
    m_title->setObjectName(QStringLiteral("notesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_position->setObjectName(QStringLiteral("positionBox"));
    m_position->setAccessibleName(tr("My position"));
    m_position->addItem(tr("No position"), -1);
    for (const Position p : {Position::Support, Position::Object, Position::Monitor})
        m_position->addItem(label(p), int(p));
    connect(m_position, &QComboBox::activated, this, [this](int index) {
        const int value = m_position->itemData(index).toInt();
        ++m_inFlight;
        emit positionRequested(m_number,
                               value < 0 ? std::nullopt : std::optional<Position>(Position(value)));
    });
    m_positionFrom->setObjectName(QStringLiteral("positionFrom"));
    m_positionFrom->setEnabled(false);

    m_list->setObjectName(QStringLiteral("noteList"));
    m_list->setAccessibleName(tr("My notes on this document"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    connect(m_list, &QListWidget::currentRowChanged, this, &NotesPanel::select);

    m_pageNote->setObjectName(QStringLiteral("pageNoteButton"));
    m_pageNote->setToolTip(tr("A note on the page the reader shows"));
    connect(m_pageNote, &QPushButton::clicked, this, &NotesPanel::addPageNote);
    m_remove->setObjectName(QStringLiteral("removeNoteButton"));
    connect(m_remove, &QPushButton::clicked, this, &NotesPanel::removeCurrent);

    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setPlaceholderText(tr("Your note: private, never published"));
    m_editor->setTabChangesFocus(true);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesPanel::textEdited);
    m_status->setObjectName(QStringLiteral("noteStatus"));

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NotesPanel::saveNow);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(QString(), m_positionFrom);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pageNote);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    showDocument({});
}

void NotesPanel::setMeeting(const MeetingData &meeting) {
    m_meeting = meeting;
    if (!m_dirty)
        rebuild();
}

void NotesPanel::setNotes(const QList<Note> &notes, const QHash<QString, Position> &positions) {
    m_meeting.notes = notes;
    m_meeting.positions = positions;
    // While the user types, the editor keeps their text; the answer to
    // the last write rebuilds.
    m_inFlight = qMax(0, m_inFlight - 1);
    if (!m_dirty && m_inFlight == 0 && m_afterInsert.isEmpty())
        rebuild();
}

void NotesPanel::requestSave(const Note &note) {
    ++m_inFlight;
    if (note.id == 0)
        m_inserting.insert(keyOf(note));
    emit saveNoteRequested(note);
}

void NotesPanel::requestRemove(qint64 id) {
    ++m_inFlight;
    emit removeNoteRequested(id);
}

void NotesPanel::noteSaved(const Note &note) {
    const QString key = keyOf(note);
    const bool wasInsert = m_inserting.remove(key);
    for (Entry &e : m_entries)
        if (e.note.id == 0 && keyOf(e.note) == key)
            e.note.id = note.id;
    if (wasInsert && m_afterInsert.contains(key)) {
        // Typed on (or emptied) while it was being inserted: now it has an id.
        Note later = m_afterInsert.take(key);
        later.id = note.id;
        if (later.text.trimmed().isEmpty()) {
            for (Entry &e : m_entries)
                if (e.note.id == note.id)
                    e.note.id = 0;
            requestRemove(note.id);
        } else {
            requestSave(later);
        }
    }
    m_remove->setEnabled(m_current >= 0 && m_current < m_entries.size() &&
                         m_entries.at(m_current).note.id != 0);
    m_status->setText(
        tr("Kept at %1")
            .arg(QLocale().toString(note.updated.toLocalTime().time(), QLocale::ShortFormat)));
}

void NotesPanel::noteWriteFailed(const QString &error) {
    m_inFlight = qMax(0, m_inFlight - 1);
    // Whatever waited on an insert is typed text not kept: the entries still
    // hold it, and the next change or switch writes it again.
    m_inserting.clear();
    m_afterInsert.clear();
    m_dirty = m_current >= 0;
    m_status->setText(tr("Your note was not kept: %1").arg(error));
}

void NotesPanel::showDocument(const QString &number, int page) {
    m_page = page;
    m_pageNote->setEnabled(!number.isEmpty() && page >= 0);
    m_pageNote->setText(page >= 0 ? tr("Note on Page %1").arg(page + 1) : tr("Note on Page"));
    if (number == m_number && !number.isEmpty())
        return;
    saveNow();
    m_number = number;
    m_current = -1;
    rebuild();
}

void NotesPanel::rebuild() {
    // The entry shown stays shown.
    const bool had = m_current >= 0 && m_current < m_entries.size();
    const QString keepDoc = had ? m_entries.at(m_current).note.document : QString();
    const int keepPage = had ? m_entries.at(m_current).note.page : -2;

    m_entries.clear();
    const Document *doc = m_meeting.document(m_number);
    setEnabled(doc != nullptr);
    m_title->setText(doc ? tr("%1  %2").arg(doc->number, doc->title)
                         : tr("Select a document to keep notes on it."));
    if (doc) {
        Entry whole;
        whole.note = Note{0, m_number, -1, {}, {}};
        QList<Entry> pages, earlier;
        for (const Note &n : m_meeting.notesFor(m_number)) {
            Entry e{n, n.document == m_number ? QString() : n.document,
                    m_meeting.isOnEarlierVersion(n)};
            if (!e.from.isEmpty())
                earlier << e;
            else if (n.page < 0 && whole.note.id == 0)
                whole = e;
            else
                pages << e;
        }
        std::stable_sort(pages.begin(), pages.end(),
                         [](const Entry &a, const Entry &b) { return a.note.page < b.note.page; });
        m_entries << whole << pages << earlier;
    }

    QString from;
    const auto position = m_meeting.positionFor(m_number, &from);
    m_position->setCurrentIndex(position ? m_position->findData(int(*position)) : 0);
    m_positionFrom->setText(position && from != m_number
                                ? tr("Taken on %1, an earlier version.").arg(from)
                                : QString());
    m_positionFrom->setVisible(!m_positionFrom->text().isEmpty());

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *item = new QListWidgetItem(entryLabel(m_entries.at(i)), m_list);
        item->setToolTip(m_entries.at(i).note.text);
        if (m_entries.at(i).note.document == keepDoc && m_entries.at(i).note.page == keepPage)
            row = i;
    }
    m_current = -1;
    if (!m_entries.isEmpty()) {
        m_rebuilding = true;
        m_list->setCurrentRow(row);
        select(row);
        m_rebuilding = false;
    } else {
        const QSignalBlocker editing(m_editor);
        m_editor->clear();
        m_status->clear();
    }
}

QString NotesPanel::entryLabel(const Entry &e) const {
    QString where = e.note.page < 0 ? tr("Whole document") : tr("Page %1").arg(e.note.page + 1);
    if (!e.from.isEmpty())
        where = tr("From %1, %2").arg(e.from, where.toLower());
    if (e.older)
        where += QLatin1Char(' ') + tr("(earlier version)");
    QString preview = e.note.text.simplified();
    if (preview.size() > kPreviewChars)
        preview = preview.left(kPreviewChars) + QChar(0x2026);
    return preview.isEmpty() ? where : tr("%1: %2").arg(where, preview);
}

void NotesPanel::select(int row) {
    if (row == m_current)
        return;
    saveNow();
    m_current = row;
    const bool valid = row >= 0 && row < m_entries.size();
    const QSignalBlocker blocker(m_editor);
    // The same text (the store's answer to what was just typed) is left
    // alone: the cursor and the undo history stay.
    const QString text = valid ? m_entries.at(row).note.text : QString();
    if (m_editor->toPlainText() != text)
        m_editor->setPlainText(text);
    m_remove->setEnabled(valid && m_entries.at(row).note.id != 0);
    if (!valid) {
        m_status->clear();
        return;
    }
    const Entry &e = m_entries.at(row);
    if (!e.from.isEmpty())
        m_status->setText(tr("Written on %1, which this document revises.").arg(e.from));
    else if (e.older)
        m_status->setText(tr("Written on an earlier version of this document: its file has "
                             "changed since."));
    else
        m_status->clear();
    // The user chose a page note: the reader follows (not on a rebuild).
    if (!m_rebuilding && e.from.isEmpty() && e.note.page >= 0 && e.note.page != m_page)
        emit pageRequested(m_number, e.note.page);
}

void NotesPanel::textEdited() {
    if (m_current < 0)
        return;
    m_dirty = true;
    m_saveTimer->start();
}

void NotesPanel::saveNow() {
    m_saveTimer->stop();
    if (!m_dirty || m_current < 0 || m_current >= m_entries.size())
        return;
    m_dirty = false;
    Entry &e = m_entries[m_current];
    e.note.text = m_editor->toPlainText();
    if (e.note.id == 0 && m_inserting.contains(keyOf(e.note))) {
        m_afterInsert.insert(keyOf(e.note), e.note); // written once its id is back
        return;
    }
    if (e.note.text.trimmed().isEmpty()) {
        // An emptied note is no note.
        if (e.note.id != 0)
            requestRemove(e.note.id);
        e.note.id = 0;
        e.note.text.clear();
        return;
    }
    requestSave(e.note);
}

void NotesPanel::addPageNote() {
    if (m_page < 0)
        return;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).from.isEmpty() && m_entries.at(i).note.page == m_page) {
            m_list->setCurrentRow(i);
            m_editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    saveNow();
    m_entries.append(Entry{Note{0, m_number, m_page, {}, {}}, {}, false});
    m_list->addItem(entryLabel(m_entries.last()));
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void NotesPanel::removeCurrent() {
    if (m_current < 0 || m_current >= m_entries.size())
        return;
    Entry &e = m_entries[m_current];
    m_saveTimer->stop();
    m_dirty = false;
    if (e.note.id != 0)
        requestRemove(e.note.id);
    else if (m_inserting.contains(keyOf(e.note)))
        m_afterInsert.insert(keyOf(e.note), Note{0, e.note.document, e.note.page, {}, {}});
    e.note.id = 0;
    e.note.text.clear();
    const QSignalBlocker blocker(m_editor);
    m_editor->clear();
}

} // namespace Plenary
