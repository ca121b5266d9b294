// Parameters for infra/main.bicep; the secrets come from the deploying shell's environment, never from this file.
using './main.bicep'

param name = 'aftalebot-kommune'
param location = 'swedencentral'
param image = readEnvironmentVariable('AFTALEBOT_IMAGE')
param profile = 'tonder'
param databaseAdminPassword = readEnvironmentVariable('AFTALEBOT_DB_PASSWORD')
param exportSecret = readEnvironmentVariable('AFTALEBOT_EXPORT_SECRET')
// One year from deployment, as Unix time: date -d '+1 year' +%s
param secretsExpireAt = int(readEnvironmentVariable('AFTALEBOT_SECRETS_EXPIRE_AT'))
