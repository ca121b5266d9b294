// Aftalebot on Azure: one resource group holding the bot's identity, network, database, secrets, monitoring,
// the web app running the container (Containerfile) and the Azure Bot with its Teams channel.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam (docs/deploy.md).
// Checked by checkov in the test suite (make checkov); every skipped check says why next to the resource.
targetScope = 'resourceGroup'

@description('Short lower-case name used in every resource name, e.g. "aftalebot-tonder".')
@minLength(3)
@maxLength(20)
param name string

@description('Azure region; Denmark East or a European region keeps the data in the EU.')
param location string = resourceGroup().location

@description('The Entra ID tenant of the municipality (MicrosoftAppTenantId).')
param tenantId string = subscription().tenantId

@description('The container image, with its digest, in the municipality\'s registry, e.g. registry.kommune.dk/aftalebot@sha256:...')
param image string

@description('The municipality profile (AFTALEBOT_PROFILE).')
param profile string = 'tonder'

@description('The bot\'s public host name when a custom domain is bound; empty: the web app\'s own azurewebsites.net name.')
param publicHost string = ''

@description('PostgreSQL administrator login (used by `aftalebot migrate` through the DATABASE_URL secret).')
param databaseAdminLogin string = 'aftalebot'

@description('PostgreSQL administrator password; stored only in Key Vault.')
@secure()
@minLength(24)
param databaseAdminPassword string

@description('Signing secret for download links (AFTALEBOT_EXPORT_SECRET), at least 32 characters; stored only in Key Vault.')
@secure()
@minLength(32)
param exportSecret string

@description('Unix time (seconds) when the secrets in Key Vault expire; rotate before (docs/deploy.md).')
param secretsExpireAt int

@description('Address range of the virtual network.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('The app\'s subnet (App Service virtual network integration), inside vnetAddressPrefix.')
param appSubnetPrefix string = '10.40.0.0/24'

@description('The database\'s subnet (delegated to PostgreSQL), inside vnetAddressPrefix.')
param databaseSubnetPrefix string = '10.40.1.0/24'

@description('The subnet for private endpoints (Key Vault), inside vnetAddressPrefix.')
param endpointSubnetPrefix string = '10.40.2.0/24'

@description('Days of database backups (7–35).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int = 35

var suffix = uniqueString(resourceGroup().id, name)
var appName = '${name}-${suffix}'
var botHost = empty(publicHost) ? '${appName}.azurewebsites.net' : publicHost
var databaseName = 'aftalebot'
var kvName = take('kv${replace(name, '-', '')}${suffix}', 24)
var pgName = '${name}-pg-${suffix}'

// ---- identity: the bot's one credential, used for Bot Framework tokens, Key Vault and Microsoft Graph
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

// ---- monitoring
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

// ---- network: the app reaches the database and Key Vault only inside the virtual network
resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: '${name}-vnet'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [ vnetAddressPrefix ] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          networkSecurityGroup: { id: appNsg.id }
          delegations: [ { name: 'web', properties: { serviceName: 'Microsoft.Web/serverFarms' } } ]
        }
      }
      {
        name: 'database'
        properties: {
          addressPrefix: databaseSubnetPrefix
          networkSecurityGroup: { id: databaseNsg.id }
          delegations: [ { name: 'postgres', properties: { serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers' } } ]
        }
      }
      {
        name: 'endpoints'
        properties: {
          addressPrefix: endpointSubnetPrefix
          networkSecurityGroup: { id: appNsg.id }
          privateEndpointNetworkPolicies: 'Enabled'
        }
      }
    ]
  }
}

resource appNsg 'Microsoft.Network/networkSecurityGroups@2023-11-01' = {
  name: '${name}-app-nsg'
  location: location
  properties: {
    securityRules: [
      {
        name: 'deny-inbound-from-internet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: 'Internet'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource databaseNsg 'Microsoft.Network/networkSecurityGroups@2023-11-01' = {
  name: '${name}-db-nsg'
  location: location
  properties: {
    securityRules: [
      {
        name: 'postgres-from-app-subnet'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: appSubnetPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: databaseSubnetPrefix
          destinationPortRange: '5432'
        }
      }
      {
        name: 'deny-other-vnet-inbound'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: 'VirtualNetwork'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource postgresDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: '${name}.private.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: postgresDns
  name: '${name}-vnet'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}

// ---- PostgreSQL Flexible Server: private access only, TLS, geo-redundant backups
resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: pgName
  location: location
  sku: { name: 'Standard_B2ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: databaseAdminLogin
    administratorLoginPassword: databaseAdminPassword
    storage: { storageSizeGB: 32, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: backupRetentionDays, geoRedundantBackup: 'Enabled' }
    network: {
      delegatedSubnetResourceId: '${vnet.id}/subnets/database'
      privateDnsZoneArmResourceId: postgresDns.id
      publicNetworkAccess: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Enabled', tenantId: tenantId }
  }
  dependsOn: [ postgresDnsLink ]
}

resource postgresTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2023-06-01-preview' = {
  parent: postgres
  name: 'require_secure_transport'
  properties: { value: 'on', source: 'user-override' }
}

resource postgresLogConnections 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2023-06-01-preview' = {
  parent: postgres
  name: 'log_connections'
  properties: { value: 'on', source: 'user-override' }
  dependsOn: [ postgresTls ]
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// ---- Key Vault: the app reads its secrets through Key Vault references with the managed identity
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: kvName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Disabled' // the app reads it through the private endpoint below
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource vaultDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

resource vaultDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: vaultDns
  name: '${name}-vnet'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}

resource vaultEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: '${name}-kv-pe'
  location: location
  properties: {
    subnet: { id: '${vnet.id}/subnets/endpoints' }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: [ 'vault' ] } }
    ]
  }
}

resource vaultEndpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-11-01' = {
  parent: vaultEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [ { name: 'vault', properties: { privateDnsZoneId: vaultDns.id } } ]
  }
  dependsOn: [ vaultDnsLink ]
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    contentType: 'text/plain; DATABASE_URL'
    attributes: { enabled: true, exp: secretsExpireAt }
    value: 'postgresql+asyncpg://${databaseAdminLogin}:${uriComponent(databaseAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?ssl=require'
  }
}

resource exportSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'export-secret'
  properties: {
    contentType: 'text/plain; AFTALEBOT_EXPORT_SECRET'
    attributes: { enabled: true, exp: secretsExpireAt }
    value: exportSecret
  }
}

// Key Vault Secrets User for the bot's identity, nothing more.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, '4633458b-17de-408a-b874-0445c86b69e6')
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
  }
}

// Monitoring Metrics Publisher: Application Insights without its instrumentation key (local auth is off).
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, identity.id, '3913510d-42f4-4e42-8a64-420c390055eb')
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
  }
}

// ---- App Service: the container, HTTPS only, integrated in the virtual network
resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'P1v3', tier: 'PremiumV3', capacity: 2 }
  properties: {
    reserved: true
    zoneRedundant: true // needs a region with availability zones and at least two instances
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    keyVaultReferenceIdentity: identity.id
    virtualNetworkSubnetId: '${vnet.id}/subnets/app'
    vnetRouteAllEnabled: true
    publicNetworkAccess: 'Enabled' // Teams' Bot Connector calls /api/messages from the internet
    siteConfig: {
      linuxFxVersion: 'DOCKER|${image}'
      acrUseManagedIdentityCreds: true
      acrUserManagedIdentityID: identity.properties.clientId
      alwaysOn: true
      numberOfWorkers: 2
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      httpLoggingEnabled: true
      detailedErrorLoggingEnabled: true
      requestTracingEnabled: true
      remoteDebuggingEnabled: false
      appSettings: [
        { name: 'WEBSITES_PORT', value: '8000' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
        { name: 'AFTALEBOT_ENV', value: 'production' }
        { name: 'AFTALEBOT_PROFILE', value: profile }
        // Per tenant for all instances together (kept in PostgreSQL): under Teams' ~50 requests/s per app and tenant.
        { name: 'AFTALEBOT_SEND_RATE', value: '45' }
        { name: 'AFTALEBOT_SEND_RATE_SCOPE', value: 'installation' }
        { name: 'AFTALEBOT_PUBLIC_URL', value: 'https://${botHost}' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'DATABASE_URL', value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})' }
        { name: 'AFTALEBOT_EXPORT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${exportSecretValue.properties.secretUri})' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD;ClientId=${identity.properties.clientId}' }
      ]
    }
  }
  dependsOn: [ secretsUser, vaultEndpointDns ]
}

resource appDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: app
  name: 'to-log-analytics'
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
    ]
  }
}

// ---- Azure Bot with the Teams channel, authenticated by the managed identity (no client secret)
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Aftalebot'
    endpoint: 'https://${botHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    disableLocalAuth: true
    isStreamingSupported: false
    publicNetworkAccess: 'Enabled' // Teams reaches the bot through the public Bot Connector
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true, acceptedTerms: true }
  }
}

output appUrl string = 'https://${botHost}'
output botAppId string = identity.properties.clientId
output identityResourceId string = identity.id
output keyVaultName string = vault.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
