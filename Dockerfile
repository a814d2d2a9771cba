# The app image: built from this repository with the same two prerequisites as a developer
# machine (JDK 17 and Node 20), run as an unprivileged user on a JRE.
FROM eclipse-temurin:17-jdk-jammy AS build
ARG NODE_MAJOR=20
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg \
 && mkdir -p /etc/apt/keyrings \
 && curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor -o /etc/apt/keyrings/nodesource.gpg \
 && echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_${NODE_MAJOR}.x nodistro main" > /etc/apt/sources.list.d/nodesource.list \
 && apt-get update && apt-get install -y --no-install-recommends nodejs \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# the front-end packages' telemetry stays off in the image build too
ENV IBM_TELEMETRY_DISABLED=true
RUN ./mvnw -B -ntp -pl app -am package -DskipTests \
 && cp app/target/amends.jar /src/amends-app.jar

FROM eclipse-temurin:17-jre-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin amends
WORKDIR /app
COPY --from=build /src/amends-app.jar /app/amends-app.jar
USER 10001
EXPOSE 8080
# No profile: production (no built-in accounts, no partner key, no mail catcher).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/amends-app.jar"]
