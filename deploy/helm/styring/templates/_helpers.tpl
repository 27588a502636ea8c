{{/*
Names and labels shared by every object of the chart.
*/}}

{{/* The chart's base name: the chart name, or nameOverride */}}
{{- define "styring.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Prefix of every object name: the release name, with the chart name added unless the release name contains it */}}
{{- define "styring.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* chart label: name-version */}}
{{- define "styring.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels on every object */}}
{{- define "styring.labels" -}}
helm.sh/chart: {{ include "styring.chart" . }}
app.kubernetes.io/part-of: {{ include "styring.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}

{{/*
The objects of one service. Called with (dict "root" $ "key" "assignment"):
  .root  the chart's top-level context
  .key   the service's key under .Values.services (assignment, budget, indicator, climate)
*/}}

{{/* Service name as the services call themselves: assignment-service */}}
{{- define "styring.serviceName" -}}
{{- printf "%s-service" .key }}
{{- end }}

{{/* Object name of one service: <fullname>-assignment-service */}}
{{- define "styring.serviceFullname" -}}
{{- printf "%s-%s-service" (include "styring.fullname" .root) .key | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels of one service (stable across upgrades: never add to these) */}}
{{- define "styring.selectorLabels" -}}
app.kubernetes.io/name: {{ include "styring.serviceName" . }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* All labels of one service's objects */}}
{{- define "styring.serviceLabels" -}}
{{ include "styring.labels" .root }}
{{ include "styring.selectorLabels" . }}
app.kubernetes.io/component: {{ include "styring.serviceName" . }}
{{- end }}

{{/* Name of the CloudNativePG cluster of one service: <fullname>-assignment-db */}}
{{- define "styring.cnpgClusterName" -}}
{{- printf "%s-%s-db" (include "styring.fullname" .root) .key | trunc 50 | trimSuffix "-" }}
{{- end }}

{{/* Container image of one service: registry/repository:tag (registry and tag optional) */}}
{{- define "styring.image" -}}
{{- $svc := index .root.Values.services .key }}
{{- $tag := default .root.Chart.AppVersion (default .root.Values.image.tag $svc.image.tag) }}
{{- $repository := $svc.image.repository }}
{{- if .root.Values.image.registry }}
{{- $repository = printf "%s/%s" (trimSuffix "/" .root.Values.image.registry) $repository }}
{{- end }}
{{- if hasPrefix "sha256:" $tag }}
{{- printf "%s@%s" $repository $tag }}
{{- else }}
{{- printf "%s:%s" $repository $tag }}
{{- end }}
{{- end }}

{{/* Kafka bootstrap servers: the Strimzi cluster's bootstrap service when the chart runs Kafka, else kafka.bootstrapServers */}}
{{- define "styring.kafkaBootstrapServers" -}}
{{- if .Values.strimzi.kafka.enabled }}
{{- printf "%s-kafka-bootstrap.%s.svc:9092" .Values.strimzi.clusterName (default .Release.Namespace .Values.strimzi.namespace) }}
{{- else }}
{{- required "kafka.bootstrapServers is required when strimzi.kafka.enabled is false" .Values.kafka.bootstrapServers }}
{{- end }}
{{- end }}
