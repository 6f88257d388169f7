#include "spelling/dictionarydialog.h"

#include "dialogs/dialoginterface.h"
#include "spelling/spellchecker.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DictionaryDialog::DictionaryDialog(SpellChecker &checker, DialogInterface &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_checker(checker)
    , m_dialogs(dialogs)
{
    setWindowTitle(tr("Newsroom Dictionary"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Words in this list are accepted for everyone who uses this database."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *addRow = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"wordInput"_s);
    m_input->setPlaceholderText(tr("New word, e.g. Selenskyj"));
    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(u"addButton"_s);
    addRow->addWidget(m_input);
    addRow->addWidget(addButton);
    layout->addLayout(addRow);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"wordList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(false);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeButton"_s);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(u"importButton"_s);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"exportButton"_s);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (addWord(m_input->text()))
            m_input->clear();
    });
    connect(m_input, &QLineEdit::returnPressed, addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, &DictionaryDialog::removeSelected);
    connect(importButton, &QPushButton::clicked, this, &DictionaryDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &DictionaryDialog::exportFile);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(&m_checker, &SpellChecker::dictionaryChanged, this, &DictionaryDialog::reload);
    reload();
}

void DictionaryDialog::reload()
{
    m_list->clear();
    m_list->addItems(m_checker.newsroomWords());
    m_removeButton->setEnabled(false);
}

void DictionaryDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString DictionaryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// The same few lines as SpellCheckDialog::suggestions() on purpose: a list widget's texts, too small to share.
QStringList DictionaryDialog::words() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->text());
    return result;
}

bool DictionaryDialog::addWord(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return false;
    if (w.contains(u' ')) {
        showError(tr("Enter one word without spaces."));
        return false;
    }
    if (!m_checker.addNewsroomWord(w)) {
        showError(tr("Could not add “%1”: %2").arg(w, m_checker.lastError()));
        return false;
    }
    showError({});
    reload();
    return true;
}

bool DictionaryDialog::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    QStringList toRemove;
    for (const QListWidgetItem *item : selected)
        toRemove.append(item->text());
    for (const QString &word : toRemove) {
        if (!m_checker.removeNewsroomWord(word)) {
            showError(tr("Could not remove “%1”: %2").arg(word, m_checker.lastError()));
            reload();
            return false;
        }
    }
    showError({});
    reload();
    return true;
}

QStringList DictionaryDialog::parseWordList(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList result;
    QSet<QString> seen;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !seen.contains(word)) {
            seen.insert(word);
            result.append(word);
        }
    }
    return result;
}

int DictionaryDialog::importFile()
{
    const QString fileName =
        m_dialogs.getOpenFileName(this, tr("Import Word List"), tr("Text files (*.txt);;All files (*)"));
    if (fileName.isEmpty())
        return 0;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return -1;
    }
    const QStringList incoming = parseWordList(file.readAll());
    const QStringList existing = m_checker.newsroomWords();
    int added = 0;
    for (const QString &word : incoming) {
        if (existing.contains(word))
            continue;
        if (!m_checker.addNewsroomWord(word)) {
            showError(tr("Import stopped at “%1”: %2").arg(word, m_checker.lastError()));
            reload();
            return -1;
        }
        ++added;
    }
    showError({});
    reload();
    return added;
}

bool DictionaryDialog::exportFile()
{
    const QString fileName = m_dialogs.getSaveFileName(this, tr("Export Word List"), tr("newsroom-dictionary.txt"),
                                                       tr("Text files (*.txt);;All files (*)"),
                                                       DialogInterface::Overwrite::Confirm);
    if (fileName.isEmpty())
        return false;
    const QStringList list = m_checker.newsroomWords();
    const QByteArray bytes = list.isEmpty() ? QByteArray() : (list.join(u'\n') + u'\n').toUtf8();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    showError({});
    return true;
}
