// MainWindow's notes: the My Notes dock, on the document in front.
#include "MainWindow.h"

#include "AsyncStore.h"
#include "DocumentTableModel.h"
#include "NotesPanel.h"
#include "ReaderTabs.h"

#include <QDockWidget>

namespace Plenary {

void MainWindow::createNotesDock() {
    m_notes = new NotesPanel(this);
    m_notesDock = new QDockWidget(tr("My Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    tabifyDockWidget(m_sessionDock, m_notesDock);
    m_sessionDock->raise();
    connect(m_notes, &NotesPanel::saveNoteRequested, m_store, &AsyncStore::saveNote);
    connect(m_notes, &NotesPanel::removeNoteRequested, m_store, &AsyncStore::removeNote);
    connect(m_notes, &NotesPanel::positionRequested, m_store, &AsyncStore::setPosition);
    connect(m_notes, &NotesPanel::pageRequested, this, [this](const QString &number, int page) {
        const Document *doc = m_documentModel->meeting().document(number);
        m_readers->openDocument(number, doc ? doc->title : QString(), page);
    });
    connect(m_store, &AsyncStore::noteSaved, m_notes, &NotesPanel::noteSaved);
    connect(m_store, &AsyncStore::noteWriteFailed, m_notes, &NotesPanel::noteWriteFailed);
    connect(m_store, &AsyncStore::notesChanged, m_notes, &NotesPanel::setNotes);
    connect(m_store, &AsyncStore::notesChanged, m_documentModel, &DocumentTableModel::setNotes);
    // The notes are on the document in front: the one read, else the one
    // selected in the library.
    connect(m_readers, &ReaderTabs::currentDocumentChanged, this,
            [this](const QString &number, int page) {
                if (!number.isEmpty())
                    m_notes->showDocument(number, page);
                else
                    updateDetails();
            });
}

} // namespace Plenary
