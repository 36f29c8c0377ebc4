#include "ReaderTabs.h"

#include "ArchiveView.h"
#include "AsyncStore.h"
#include "PdfReader.h"
#include "TextReader.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStringDecoder>
#include <QTabBar>
#include <QTimer>
#include <QUrl>

namespace Plenary {

namespace {
constexpr int kPositionDelayMs = 800; // a page turned, then written
const char *kNumber = "plenaryNumber";
// A tab's identity: the number, or the number and an archive member.
const char *kKey = "plenaryKey";
QString keyOf(const QString &number, const QString &member) {
    return member.isEmpty() ? number : number + QLatin1Char('\n') + member;
}
} // namespace

ReaderTabs::ReaderTabs(AsyncStore *store, QWidget *library, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_positionTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("readerTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    addTab(library, tr("Library"));
    // The library stays: no close button on it.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, &ReaderTabs::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *reader = index > 0 ? widget(index) : nullptr;
        const auto *pdf = qobject_cast<PdfReader *>(reader);
        emit currentDocumentChanged(reader ? reader->property(kNumber).toString() : QString(),
                                    pdf ? pdf->currentPage() : -1);
    });
    connect(m_store, &AsyncStore::documentOpened, this, &ReaderTabs::opened);
    connect(m_store, &AsyncStore::documentConverting, this,
            [this](const QString &number, const QString &fileName) {
                if (m_pending.contains(number))
                    emit message(tr("Converting %1 to PDF with LibreOffice...").arg(fileName));
            });
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(kPositionDelayMs);
    connect(m_positionTimer, &QTimer::timeout, this, &ReaderTabs::savePositions);
}

ReaderTabs::~ReaderTabs() {
    savePositions();
    // The readers go after the tab widget's own parts: nothing they say on
    // the way out is of use.
    for (int i = 1; i < count(); ++i)
        widget(i)->disconnect(this);
}

QWidget *ReaderTabs::readerFor(const QString &number) const {
    for (int i = 1; i < count(); ++i)
        if (widget(i)->property(kKey).toString() == number)
            return widget(i);
    return nullptr;
}

void ReaderTabs::openDocument(const QString &number, const QString &title, int page,
                              const QString &term, const QString &file) {
    if (QWidget *open = readerFor(number)) {
        setCurrentWidget(open);
        showTerm(open, page, term, true);
        return;
    }
    if (m_pending.contains(number)) {
        m_pending[number].page = page; // the latest wish
        m_pending[number].term = term;
        return;
    }
    m_pending.insert(number, {title, page, term});
    emit message(tr("Opening %1...").arg(number));
    m_store->openDocument(number, file);
}

void ReaderTabs::openMember(const QString &number, const QString &archive, const QString &member,
                            const QString &title) {
    const QString key = keyOf(number, member);
    if (QWidget *open = readerFor(key)) {
        setCurrentWidget(open);
        return;
    }
    if (m_pending.contains(key))
        return;
    m_pending.insert(key, {title, -1, {}});
    emit message(tr("Opening %1 from %2...").arg(member, archive));
    m_store->openArchiveMember(number, archive, member);
}

void ReaderTabs::opened(const OpenedDocument &d) {
    const QString key = keyOf(d.number, d.member);
    if (!m_pending.contains(key))
        return;
    const Pending wish = m_pending.take(key);
    const QString &title = wish.title;
    if (!d.error.isEmpty()) {
        emit message(d.error);
        QMessageBox box(QMessageBox::Information, tr("Open Document"), d.error, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QWidget *reader = nullptr;
    // An office document LibreOffice has made a PDF of reads like a PDF.
    const bool pdfBytes = d.kind == TextExtractor::Kind::Pdf || !d.convertedPdf.isEmpty();
    if (pdfBytes) {
        auto *pdf = new PdfReader(this);
        if (!pdf->open(d.bytes, wish.page >= 0 ? wish.page : d.page)) {
            const QString error = tr("%1 cannot be shown: %2").arg(d.fileName, pdf->error());
            delete pdf;
            emit message(error);
            return;
        }
        const bool member = !d.member.isEmpty(); // pages are kept for documents
        connect(pdf, &PdfReader::pageChanged, this,
                [this, pdf, member, number = d.number](int page) {
                    if (!member) {
                        m_positions.insert(number, page);
                        m_positionTimer->start();
                    }
                    if (currentWidget() == pdf)
                        emit currentDocumentChanged(number, page);
                });
        reader = pdf;
    } else if (d.kind == TextExtractor::Kind::Text) {
        auto *text = new TextReader(this);
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString content = utf8.decode(d.bytes);
        if (utf8.hasError())
            content = QString::fromLatin1(d.bytes);
        text->open(content, d.fileName);
        reader = text;
    } else if (d.kind == TextExtractor::Kind::Archive) {
        auto *archive = new ArchiveView(this);
        archive->setMembers(d.fileName, d.members);
        connect(archive, &ArchiveView::memberActivated, this,
                [this, number = d.number, file = d.fileName, title](const QString &member) {
                    openMember(number, file, member, title);
                });
        reader = archive;
    } else if (d.kind == TextExtractor::Kind::Office) {
        // Not converted (no LibreOffice, or it failed): the system's word
        // processor, if the user wants it. Plenary runs nothing from the file.
        const QString why =
            d.conversionError.isEmpty()
                ? tr("%1 is an office document, and LibreOffice is not installed to show it "
                     "here.")
                      .arg(d.fileName)
                : tr("%1 could not be shown here: %2").arg(d.fileName, d.conversionError);
        QMessageBox box(QMessageBox::Question, tr("Open Document"),
                        why + QStringLiteral("\n\n") + tr("Open it with the system's application?"),
                        QMessageBox::Open | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        if (box.exec() == QMessageBox::Open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(d.path));
        return;
    } else {
        emit message(tr("%1 cannot be shown in Plenary.").arg(d.fileName));
        return;
    }
    reader->setProperty(kNumber, d.number);
    reader->setProperty(kKey, key);
    const int index =
        addTab(reader, d.member.isEmpty() ? d.number : QFileInfo(d.member).fileName());
    QString tip = title.isEmpty() ? d.fileName : title + QLatin1Char('\n') + d.fileName;
    if (!d.member.isEmpty())
        tip += QLatin1Char('\n') + tr("In the archive: %1").arg(d.member);
    if (!d.convertedPdf.isEmpty())
        tip += QLatin1Char('\n') + tr("Shown as converted to PDF by LibreOffice");
    setTabToolTip(index, tip);
    setCurrentIndex(index);
    reader->setFocus();
    showTerm(reader, wish.page, wish.term, false);
    emit message(d.firstTime ? tr("%1 opened").arg(d.number)
                             : tr("%1 opened where you left it").arg(d.number));
    emit documentShown(d.number);
}

void ReaderTabs::showTerm(QWidget *reader, int page, const QString &term, bool jump) {
    if (auto *pdf = qobject_cast<PdfReader *>(reader)) {
        if (jump && page >= 0)
            pdf->goToPage(page);
        if (!term.isEmpty())
            pdf->find(term, page);
    } else if (auto *text = qobject_cast<TextReader *>(reader)) {
        if (!term.isEmpty())
            text->find(term);
    }
}

void ReaderTabs::closeTab(int index) {
    if (index <= 0)
        return; // the library
    QWidget *w = widget(index);
    removeTab(index);
    savePositions();
    w->deleteLater();
}

void ReaderTabs::closeCurrentDocument() {
    closeTab(currentIndex());
}

void ReaderTabs::savePositions() {
    m_positionTimer->stop();
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it)
        m_store->saveReadingPosition(it.key(), it.value());
    m_positions.clear();
}

} // namespace Plenary
