#include "settings/newsroomconfig.h"

#include "articlerepository.h"

NewsroomConfig::NewsroomConfig(ArticleRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    reload();
}

bool NewsroomConfig::mayChange() const
{
    return !m_repository || m_repository->newsroomRole().mayChangeNewsroomSettings();
}

QString NewsroomConfig::roleLabel() const
{
    return m_repository ? m_repository->newsroomRole().label() : QString();
}

bool NewsroomConfig::reload()
{
    if (!m_repository)
        return false;
    const auto values = m_repository->newsroomSettings();
    if (!values) {
        m_error = m_repository->lastError();
        return false;
    }
    m_error.clear();
    const NewsroomSettings loaded = NewsroomSettings::fromMap(*values);
    if (loaded != m_settings) {
        m_settings = loaded;
        Q_EMIT changed();
    }
    return true;
}

bool NewsroomConfig::save(const NewsroomSettings &settings)
{
    if (!m_repository || !m_repository->setNewsroomSettings(settings.toMap())) {
        m_error = m_repository ? m_repository->lastError() : QString();
        return false;
    }
    m_error.clear();
    if (settings != m_settings) {
        m_settings = settings;
        Q_EMIT changed();
    }
    return true;
}
